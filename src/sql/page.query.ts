import type { Knex } from "@mikro-orm/knex";
import { type EntityClass } from "../catalogue/catalogue.types";
import type { ReadSession } from "./read-session";
import { userError } from "../platform/errors";
import type { Connection } from "./page";
import { cursorOf, decodeCursor } from "./keyset-cursor";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "./page";
import { orderByItems, whereAfter, type OrderedReference } from "./keyset";
import { type OrderColumn, type Row, type Table } from "../catalogue/table";
import { filterBindings, filterShape, filterValues, relationCountOf } from "./node-filter";
import { StatementSlots } from "./compiled-statement";
import { StatementCache } from "./statement-cache";
import { inRankOrder, rankColumn } from "./rank";
import { isCountKey, type SortOrder } from "./sort-order";
import type { Where } from "./where";

export interface PageOptions {
  /** A named order of the type (catalogue); its default order when omitted. */
  orderName?: string;
  /** An order of this list only (e.g. newest first), with the name its cursors carry. */
  order?: SortOrder;
  /** Replaces the table (the viewer's view of it) only where a list must see rows no view shows, such as rejected submissions. */
  source?: string;
}

const pageStatements = new StatementCache();

/** Whether a connection's selection asks only for figures over its items (no page to read). */
function onlyFigures(fields: ReadonlySet<string>): boolean {
  for (const field of fields) if (field !== "aggregate" && field !== "groups" && field !== "__typename") return false;
  return true;
}

const EMPTY_PAGE_INFO = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/** The columns of a client's sort: the table's, and a relation's count as `n` of its lateral `c<i>` (cursors carry it as `__count<i>`). */
function sortColumns(table: Table, sort: SortOrder): OrderColumn[] {
  const columns = sort.by.map((entry): OrderColumn => {
    if (!isCountKey(entry.property)) return table.orderOf([entry])[0]!;
    const counted = sort.counts.findIndex((count) => count.property === entry.property);
    return {
      column: {
        property: entry.property,
        column: "n",
        alias: `__count${counted}`,
        asText: false,
        always: true,
        nullable: false,
        kind: "integer",
      },
      descending: entry.descending === true,
      nullsLast: entry.nullsLast === true,
    };
  });
  // ties broken by the primary key, as every order ends
  if (!sort.by.some((entry) => entry.property === "pk")) columns.push(table.orderOf([])[0]!);
  return columns;
}

/** `first` of a top-level connection, validated. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw userError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`, { argumentName: "first", maximum: MAX_PAGE_SIZE });
  }
  return size;
}

/**
 * One page of a filtered, ordered list, in a single statement built by knex: keyset paging (rows after the
 * cursor's position, one row more than the page to know whether another follows), and the total joined
 * to the page when `totalCount` is asked for, so an empty page (or `first: 0`) still reports it. The filter
 * conditions use the alias `t` for the table.
 */
export async function fetchPage(
  { sql, tables, projection }: ReadSession,
  entity: EntityClass,
  where: Where,
  args: PageArgs,
  options: PageOptions = {},
): Promise<Connection<Row>> {
  const { knex } = sql;
  const first = pageSize(args.first);
  const table = tables.of(entity);
  const orderName = `${entity.name}.${options.order?.name ?? options.orderName ?? table.orderName}`;
  const counts = options.order?.counts ?? [];
  const order = options.order ? sortColumns(table, options.order) : table.orders[options.orderName ?? table.orderName]!;
  const references: OrderedReference[] = order.map((column) => ({
    alias: isCountKey(column.column.property) ? `c${counts.findIndex((count) => count.property === column.column.property)}` : "t",
    order: column,
  }));
  const after = args.after == null ? undefined : decodeCursor(args.after, orderName, order);

  const items = { kind: "list" as const, table, from: options.source ?? table.name, where };
  const connectionFields = projection.fieldsOf(`${table.objectType}Connection`);
  if (connectionFields && onlyFigures(connectionFields))
    // only figures asked: no page to read
    return { edges: [], nodes: [], totalCount: 0, pageInfo: EMPTY_PAGE_INFO, items };

  // the order's columns are read whatever is asked: cursors are made of them
  const asked = projection.fieldsOf(table.typename);
  const fields =
    asked && options.order
      ? new Set([...asked, ...order.map(({ column }) => column.property).filter((property) => !isCountKey(property))])
      : asked;
  const countAsked = projection.fieldsOf(`${table.objectType}Connection`)?.has("totalCount") ?? true;
  const counted = counts.map((count, index) => relationCountOf(tables, entity, count.relation, count.filter, `cc${index}`));
  const from = options.source ?? table.name;
  // compiled once per shape (source, conditions, order, columns, cursor, total); each request binds its values
  const key = JSON.stringify([
    from,
    where.shape(),
    orderName,
    order.map(({ column, descending, nullsLast }) => [column.property, descending, nullsLast]),
    fields ? [...fields].sort() : null,
    after !== undefined,
    countAsked,
    counted.map(filterShape),
  ]);
  const statement = pageStatements.get(key, () => {
    const slots = new StatementSlots();
    const filtered = (builder: Knex.QueryBuilder) => {
      builder.from({ t: from });
      if (where.conditions.length)
        builder.whereRaw(where.conditions.join(" and "), where.bindWith((_, index) => slots.value(`where${index}`)) as Knex.RawBinding[]);
      return builder;
    };
    const page = filtered(knex.select(table.select(knex, "t", "", fields)));
    // a sort by a relation's count: every row's count in one grouped pass over the relation, joined as `c<i>.n` (0 without items)
    counted.forEach((condition, index) => {
      page
        .select(knex.raw("?? as ??", [`c${index}.n`, `__count${index}`]))
        .joinRaw("left join ? as ?? on ?? = ??", [
          knex.raw(condition.sql, filterBindings(condition, (_, value) => slots.value(`count${index}_${value}`)) as Knex.RawBinding[]),
          `g${index}`,
          `g${index}.item`,
          "t.pk",
        ])
        .joinRaw("cross join lateral (select coalesce(??, 0) as ??) as ??", [`g${index}.n`, "n", `c${index}`]);
    });
    if (after) whereAfter(page, references, (index) => slots.value(`after${index}`));
    page.orderBy(orderByItems(references)).limit(slots.integer("limit"));
    // each row's rank in the order, numbered over the page only (the page keeps its top-N plan): a page sent with
    // other statements comes back among their rows, in no promised order
    const byAlias = references.map(({ order: column }) => ({
      alias: "p",
      order: { ...column, column: { ...column.column, column: column.column.alias } },
    }));
    const ranked = knex.select("p.*", rankColumn(knex, byAlias)).from(page.as("p"));
    if (!countAsked) return slots.compile(ranked);
    // the filter runs twice (count, page) so that the page is a top-N sort over the filtered rows, not over a materialised copy
    const count = filtered(knex.select(knex.raw("count(*)::int as ??", ["total"])));
    // a builder, not raw SQL: sent with other statements, it is wrapped as a subquery
    return slots.compile(
      knex
        .select(knex.raw("?? as ??", ["c.total", "__total"]), "r.*")
        .from(count.as("c"))
        .joinRaw("left join lateral ? as r on true", [ranked as never]),
    );
  });
  const values: Record<string, unknown> = { limit: first + 1 };
  where.values().forEach((value, index) => (values[`where${index}`] = value));
  after?.forEach((value, index) => (values[`after${index}`] = value));
  counted.forEach((condition, index) => filterValues(condition).forEach((value, at) => (values[`count${index}_${at}`] = value)));
  const rows = await sql.run(statement, values);
  let results: Row[] = rows;
  let totalCount = 0;
  if (countAsked) {
    totalCount = Number(rows[0]?.__total ?? 0);
    results = rows.filter((result) => result.pk !== null && result.pk !== undefined);
  }
  const hasNextPage = inRankOrder(results).length > first;
  if (hasNextPage) results.length = first;
  const nodes = results.map((result) => table.toRow(result));
  // cursors are made only when the request asks for one (an edge's, or the page's first or last)
  const cursorsAsked =
    projection.asks(`${table.objectType}Edge`, "cursor") ||
    projection.asks("PageInfo", "endCursor") ||
    projection.asks("PageInfo", "startCursor");
  const cursorOfNode = (node: Row | undefined) =>
    node === undefined ? null : cursorsAsked ? cursorOf(orderName, order, node, (column) => column.column.alias) : "";
  return {
    items,
    // made when the request reads them: a page asked for its `nodes` makes no edge objects
    get edges() {
      return nodes.map((node) => ({ cursor: cursorOfNode(node)!, node }));
    },
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== undefined,
      startCursor: cursorOfNode(nodes[0]),
      endCursor: cursorOfNode(nodes[nodes.length - 1]),
    },
  };
}
