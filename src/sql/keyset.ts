import type { Knex } from "@mikro-orm/knex";
import type { OrderColumn } from "../catalogue/table";

/** A column of an order as a statement refers to it: the table alias it is read from, and its description. */
export interface OrderedReference {
  alias: string;
  order: OrderColumn;
}

/**
 * Where nulls go, said only for nullable columns (and only when not PostgreSQL's default: last ascending,
 * first descending), so that the ORDER BY reads exactly like the index it should use.
 */
function nullsOf(order: OrderColumn): "first" | "last" | undefined {
  if (!order.column.nullable) return undefined;
  const wanted = order.nullsLast ? "last" : "first";
  return wanted === (order.descending ? "first" : "last") ? undefined : wanted;
}

/** ORDER BY items for knex. */
export function orderByItems(
  references: readonly OrderedReference[],
): Array<{ column: string; order: "asc" | "desc"; nulls?: "first" | "last" }> {
  return references.map(({ alias, order }) => {
    const nulls = nullsOf(order);
    return { column: `${alias}.${order.column.column}`, order: order.descending ? "desc" : "asc", ...(nulls ? { nulls } : {}) };
  });
}

/** The same order as SQL for a window (`row_number() over (order by ...)`), identifiers bound by knex. */
export function orderByRaw(knex: Knex, references: readonly OrderedReference[]): Knex.Raw {
  const parts = references.map(({ order }) => {
    const nulls = nullsOf(order);
    return `?? ${order.descending ? "desc" : "asc"}${nulls ? ` nulls ${nulls}` : ""}`;
  });
  return knex.raw(
    parts.join(", "),
    references.map(({ alias, order }) => `${alias}.${order.column.column}`),
  );
}

/**
 * Rows strictly after a cursor's position in the order, as a where clause on `builder`; `valueAt(i)` binds
 * the cursor's value of column i (a slot of a compiled statement, or the value itself). With every column non-null and one direction it is a row comparison
 * the order's index answers directly; otherwise each column in turn decides, where the ones before it are equal.
 */
export function whereAfter(builder: Knex.QueryBuilder, references: readonly OrderedReference[], valueAt: (index: number) => unknown): void {
  const ref = (index: number) => `${references[index]!.alias}.${references[index]!.order.column.column}`;
  const cast = (index: number) => (references[index]!.order.column.kind === "integer" ? "int" : "text");
  // bound once, here: knex runs the `where` callbacks below on every compile, and a statement is compiled
  // again when several are sent as one
  const bound = references.map((_, index) => valueAt(index) as Knex.Value);
  const value = (index: number) => bound[index]!;
  const sameDirection = references.every(({ order }) => order.descending === references[0]!.order.descending);
  if (sameDirection && references.every(({ order }) => !order.column.nullable)) {
    const columns = references.map(() => "??").join(", ");
    const values = references.map((_, index) => `?::${cast(index)}`).join(", ");
    const bindings = [...references.map((_, index) => ref(index)), ...references.map((_, index) => value(index))];
    builder.whereRaw(`(${columns}) ${references[0]!.order.descending ? "<" : ">"} (${values})`, bindings);
    return;
  }
  builder.where((any) => {
    references.forEach((reference, index) => {
      any.orWhere((one) => {
        for (let before = 0; before < index; before += 1)
          one.whereRaw(`?? is not distinct from ?::${cast(before)}`, [ref(before), value(before)]);
        const comparison = reference.order.descending ? "<" : ">";
        if (reference.order.column.nullable && reference.order.nullsLast) {
          // nulls come last: after a value are the larger values and every null; after a null, no null of this column
          one.whereRaw(`(?::${cast(index)} is not null and (?? ${comparison} ?::${cast(index)} or ?? is null))`, [
            value(index),
            ref(index),
            value(index),
            ref(index),
          ]);
        } else if (reference.order.column.nullable) {
          // nulls come first: after a null are all values; after a value, the larger ones
          one.whereRaw(`(case when ?::${cast(index)} is null then ?? is not null else ?? ${comparison} ?::${cast(index)} end)`, [
            value(index),
            ref(index),
            ref(index),
            value(index),
          ]);
        } else {
          one.whereRaw(`?? ${comparison} ?::${cast(index)}`, [ref(index), value(index)]);
        }
      });
    });
  });
}
