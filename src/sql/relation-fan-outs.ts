import type { Knex } from "@mikro-orm/postgresql";
import { entityMetadata } from "../catalogue/entity-metadata";
import { type ManyField, relationFields } from "../catalogue/relation-fields";
import { connectionFieldName } from "./relation-reads";

/** A relation field on its owner's type: `Institution.experiments`, or its connection `Institution.experimentsConnection`. */
export const fanOutKey = (owner: string, field: string) => `${owner}.${field}`;

/** The foreign key a list's rows hold to their parent: the child's key, or the edge's end the list starts from. */
function parentColumn(field: ManyField): { table: string; column: string } {
  const metadata = entityMetadata();
  const [entity, key] = field.path.kind === "children" ? [field.path.entity, field.path.key] : [field.path.edge, field.path.from];
  const meta = metadata.get(entity.name);
  const prop = meta.properties[key as never] as { fieldNames: string[] };
  return { table: meta.tableName, column: prop.fieldNames[0]! };
}

/**
 * One statement that reads, for every relation list of the catalogue, the most rows any one parent has
 * (hidden rows included: an upper bound for every viewer). Columns are the lists in relationFields() order.
 */
export function fanOutStatement(knex: Knex): { sql: string; bindings: readonly unknown[]; lists: ManyField[] } {
  const lists = relationFields().filter((field): field is ManyField => field.kind === "many");
  const query = knex.queryBuilder().select(
    lists.map((field, index) => {
      const { table, column } = parentColumn(field);
      const perParent = knex(table).select(knex.raw("count(*) as n")).whereNotNull(column).groupBy(column).as("per_parent");
      return knex.from(perParent).select(knex.raw("coalesce(max(n), 0)::int")).as(`f${index}`);
    }),
  );
  const { sql, bindings } = query.toSQL().toNative();
  return { sql, bindings, lists };
}

/** The statement's one row as a map from fanOutKey to the largest fan-out: a list and its connection share it. */
export function fanOutsFromRow(lists: ManyField[], row: Record<string, number>): Map<string, number> {
  return new Map(
    lists.flatMap((field, index) => {
      const fanOut = Number(row[`f${index}`] ?? 0);
      return [
        [fanOutKey(field.owner.name, field.name), fanOut],
        [fanOutKey(field.owner.name, connectionFieldName(field)), fanOut],
      ];
    }),
  );
}
