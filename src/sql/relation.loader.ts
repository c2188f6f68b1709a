import type { Knex } from "@mikro-orm/knex";
import DataLoader from "dataloader";
import { cursorOf } from "./keyset-cursor";
import { StatementSlots, type CompiledStatement } from "./compiled-statement";
import { orderByItems, whereAfter, type OrderedReference } from "./keyset";
import type { ListSlice } from "./list-slice";
import { intArray, type SqlRunner } from "./sql-runner";
import { StatementCache } from "./statement-cache";
import { inRankOrder, rankColumn } from "./rank";
import { type Table, type Row } from "../catalogue/table";
import { type LoaderOptions } from "./loader-options";
import { filterBindings, filterShape, filterValues } from "./node-filter";
import type { SortOrder } from "./sort-order";

/** Rows of `table` whose foreign key `key` points at the parent. */
export interface ChildrenPath {
  kind: "children";
  table: Table;
  key: string;
}

/** Edge rows of `edges` whose `from` points at the parent, each with the row at `to` (in `target`) joined in. */
export interface EdgesPath {
  kind: "edges";
  edges: Table;
  from: string;
  to: string;
  target: Table;
  /** Another relation (view) holding the same edges, e.g. what was submitted with an initiative. */
  source?: string;
}

export type RelationPath = ChildrenPath | EdgesPath;

/** One parent's part of a relation: its rows in order, with cursors and the page facts when a connection asked. */
export interface RelationSlice {
  rows: Row[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number | null;
}

const statements = new StatementCache();

/** The cursors of a slice read without a page: none are made, and nothing reads them. */
const NO_CURSORS: string[] = Object.freeze([]) as unknown as string[];

/** The order a path's lists follow (its table's default, or a client's sort), and the name its cursors carry. */
export function pathOrder(path: RelationPath, sort?: SortOrder): { name: string; references: OrderedReference[] } {
  if (path.kind === "children")
    return {
      name: `${path.table.entity.name}.${sort?.name ?? path.table.orderName}`,
      references: (sort ? path.table.orderOf(sort.by) : path.table.order).map((order) => ({ alias: "t", order })),
    };
  const edgePk = path.edges.order.find((order) => order.column.property === "pk")!;
  return {
    name: `${path.edges.entity.name}.${path.to}.${sort?.name ?? path.target.orderName}`,
    references: [
      ...(sort ? path.target.orderOf(sort.by) : path.target.order).map((order) => ({ alias: "n", order })),
      { alias: "e", order: edgePk },
    ],
  };
}

/** The fields a statement reads: those asked, with the sort's columns (cursors are made of them). */
const withSortFields = (fields: ReadonlySet<string> | undefined, sort: SortOrder | undefined) =>
  fields && sort ? new Set([...fields, ...sort.by.map((key) => key.property)]) : fields;

/**
 * The rows of a relation for many parents in one statement per batch: a `lateral (... order by ... limit)`
 * per parent reads only the rows it returns, through the foreign key's index (a window over all children
 * ranked every one). A connection also gets each parent's total (`count`) and the row after the page.
 */
export function createRelationLoader(
  sql: SqlRunner,
  knex: Knex,
  path: RelationPath,
  slice: ListSlice,
  options: LoaderOptions,
): DataLoader<number, RelationSlice> {
  const main = path.kind === "children" ? path.table : path.edges;
  // an edge type's fields read only its columns and those the catalogue declares (its ends' keys, provenance, its IRI's parts)
  const fields =
    path.kind === "children"
      ? withSortFields(options.projection?.fieldsOf(path.table.typename), slice.order)
      : options.projection?.fieldsOf(path.edges.objectType);
  const targetFields = path.kind === "edges" ? withSortFields(options.projection?.fieldsOf(path.target.typename), slice.order) : undefined;
  const filterNames = Object.keys(slice.where ?? {}).sort();
  const key = JSON.stringify([
    path.kind,
    main.name,
    path.kind === "children" ? path.key : [path.from, path.to, path.source ?? null],
    filterNames,
    slice.after !== undefined,
    slice.page ?? null,
    [...(fields ?? ["*"])].sort(),
    [...(targetFields ?? ["*"])].sort(),
    slice.filter ? filterShape(slice.filter) : null,
    slice.order?.name ?? null,
  ]);
  const statement = statements.get(key, () => compileRelation(knex, path, filterNames, slice, fields, targetFields));
  const { name: orderName, references } = pathOrder(path, slice.order);
  const orderColumns = references.map((reference) => reference.order);
  const resultKeys = references.map((reference) => resultKey(path, reference));
  const limit = slice.page ? slice.first + 1 : slice.first;
  return new DataLoader(async (parentPks) => {
    const values: Record<string, unknown> = { parents: intArray(parentPks), limit };
    for (const name of filterNames) values[`filter_${name}`] = slice.where![name];
    slice.after?.forEach((value, index) => (values[`after${index}`] = value));
    if (slice.filter) filterValues(slice.filter).forEach((value, index) => (values[`filter${index}`] = value));
    const results = await sql.run(statement, values);
    const byParent = new Map<number, RelationSlice>(
      parentPks.map((pk) => [pk, { rows: [], cursors: slice.page ? [] : NO_CURSORS, hasNextPage: false, totalCount: null }]),
    );
    // each parent's result rows are gathered in its `rows`, then turned into the rows it serves in place
    for (const result of results) {
      const part = byParent.get(Number(result.__parent));
      if (!part) continue;
      if (result.__total !== undefined) part.totalCount = Number(result.__total ?? 0);
      if (result.pk !== null && result.pk !== undefined) part.rows.push(result);
    }
    for (const part of byParent.values()) {
      const rows = part.rows;
      // each parent's rows in their rank: the order rows arrive in is not what decides (they nearly always arrive in it)
      inRankOrder(rows);
      part.hasNextPage = rows.length > slice.first;
      if (part.hasNextPage) rows.length = slice.first;
      for (let index = 0; index < rows.length; index++) {
        const result = rows[index]!;
        if (slice.page) part.cursors.push(cursorOf(orderName, orderColumns, result, (_, at) => resultKeys[at]!));
        if (path.kind === "children") {
          rows[index] = path.table.toRow(result);
        } else {
          const edge = path.edges.toRow(result);
          edge[path.to] = path.target.toRow(result, "n__");
          rows[index] = edge;
        }
      }
    }
    return parentPks.map((pk) => byParent.get(pk)!);
  }, options);
}

/** Where a result row holds an order column's value. */
function resultKey(path: RelationPath, reference: OrderedReference): string {
  return path.kind === "edges" && reference.alias === "n" ? `n__${reference.order.column.alias}` : reference.order.column.alias;
}

function compileRelation(
  knex: Knex,
  path: RelationPath,
  filterNames: string[],
  slice: ListSlice,
  fields: ReadonlySet<string> | undefined,
  targetFields: ReadonlySet<string> | undefined,
): CompiledStatement {
  const slots = new StatementSlots();
  const { references } = pathOrder(path, slice.order);
  const filterOn = path.kind === "children" ? { alias: "t", table: path.table } : { alias: "e", table: path.edges };
  const restrict = (builder: Knex.QueryBuilder) => {
    if (path.kind === "children") builder.whereRaw("?? = ??", [`t.${path.table.column(path.key)}`, "p.pk"]);
    else builder.whereRaw("?? = ??", [`e.${path.edges.column(path.from)}`, "p.pk"]);
    for (const name of filterNames)
      builder.where(`${filterOn.alias}.${filterOn.table.column(name)}`, slots.value(`filter_${name}`) as string);
    if (slice.filter)
      builder.whereRaw(slice.filter.sql, filterBindings(slice.filter, (_, index) => slots.value(`filter${index}`)) as Knex.RawBinding[]);
    return builder;
  };
  const from = (builder: Knex.QueryBuilder) =>
    path.kind === "children"
      ? builder.from({ t: path.table.name })
      : builder.from({ e: path.source ?? path.edges.name }).join({ n: path.target.name }, `n.pk`, `e.${path.edges.column(path.to)}`);
  const columns =
    path.kind === "children"
      ? path.table.select(knex, "t", "", fields)
      : [...path.edges.select(knex, "e", "", fields), ...path.target.select(knex, "n", "n__", targetFields)];
  const slice_ = restrict(from(knex.select([...columns, rankColumn(knex, references)])));
  if (slice.after !== undefined) whereAfter(slice_, references, (index) => slots.value(`after${index}`));
  slice_.orderBy(orderByItems(references)).limit(slots.integer("limit"));

  const query = knex
    .select(knex.raw("?? as ??", ["p.pk", "__parent"]))
    .fromRaw(knex.raw("unnest(?::int[]) as p(pk)", [slots.value("parents")]));
  if (slice.page?.count) {
    const count = restrict(from(knex.select(knex.raw("count(*)::int as ??", ["total"]))));
    query.select(knex.raw("?? as ??", ["n_total.total", "__total"])).joinRaw("cross join lateral ? as n_total", [count as never]);
  }
  // with a count, a parent without rows still needs its row (its total); without one, it needs none
  query
    .select("c.*")
    .joinRaw(slice.page?.count ? "left join lateral ? as c on true" : "cross join lateral ? as c", [slice_ as never])
    .orderBy([{ column: "p.pk" }, { column: "c.__rank" }]);
  return slots.compile(query);
}
