import type { Knex } from "@mikro-orm/knex";
import { type EntityClass } from "../catalogue/catalogue.types";
import type { ReadSession } from "./read-session";
import { userError } from "../platform/errors";
import type { Connection } from "./page";
import { cursorOf, decodeCursor } from "./keyset-cursor";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "./page";
import { orderByItems, whereAfter, type OrderedReference } from "./keyset";
import { type OrderColumn, type Row, type Table } from "../catalogue/table";
import { filterBindings, relationCountOf } from "./node-filter";
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
  const filtered = (builder: Knex.QueryBuilder) => where.applyTo(builder.from({ t: options.source ?? table.name }));

  const items = { kind: "list" as const, table, from: options.source ?? table.name, where };
  const connectionFields = projection.fieldsOf(`${table.typename ?? entity.name}Connection`);
  if (connectionFields && [...connectionFields].every((field) => field === "aggregate" || field === "groups" || field === "__typename"))
    // only figures asked: no page to read
    return { edges: [], nodes: [], totalCount: 0, pageInfo: EMPTY_PAGE_INFO, items };

  // the order's columns are read whatever is asked: cursors are made of them
  const asked = projection.fieldsOf(table.typename);
  const fields =
    asked && options.order
      ? new Set([...asked, ...order.map(({ column }) => column.property).filter((property) => !isCountKey(property))])
      : asked;
  const page = filtered(knex.select(table.select(knex, "t", "", fields)));
  // a sort by a relation's count: every row's count in one grouped pass over the relation, joined as `c<i>.n` (0 without items)
  counts.forEach((count, index) => {
    const counted = relationCountOf(tables, entity, count.relation, count.filter, `cc${index}`);
    page
      .select(knex.raw("?? as ??", [`c${index}.n`, `__count${index}`]))
      .joinRaw("left join ? as ?? on ?? = ??", [
        knex.raw(counted.sql, filterBindings(counted) as Knex.RawBinding[]),
        `g${index}`,
        `g${index}.item`,
        "t.pk",
      ])
      .joinRaw("cross join lateral (select coalesce(??, 0) as ??) as ??", [`g${index}.n`, "n", `c${index}`]);
  });
  if (after) whereAfter(page, references, (index) => after[index]);
  page.orderBy(orderByItems(references)).limit(first + 1);

  const countAsked = projection.fieldsOf(`${table.typename ?? entity.name}Connection`)?.has("totalCount") ?? true;
  let results: Row[];
  let totalCount = 0;
  if (countAsked) {
    // the filter runs twice (count, page) so that the page is a top-N sort over the filtered rows, not over a materialised copy
    const count = filtered(knex.select(knex.raw("count(*)::int as ??", ["total"])));
    const both = await sql.raw("select ?? as ??, p.* from ? as c left join lateral ? as p on true", ["c.total", "__total", count, page]);
    totalCount = Number(both[0]?.__total ?? 0);
    results = both.filter((result) => result.pk !== null);
  } else {
    results = await sql.query(page);
  }
  const nodes = results.slice(0, first).map((result) => table.toRow(result));
  // cursors are made only when the request asks for one (an edge's, or the page's first or last)
  const cursorsAsked =
    projection.asks(`${table.typename ?? entity.name}Edge`, "cursor") ||
    projection.asks("PageInfo", "endCursor") ||
    projection.asks("PageInfo", "startCursor");
  const edges = nodes.map((node) => ({
    cursor: cursorsAsked ? cursorOf(orderName, order, node, (column) => column.column.alias) : "",
    node,
  }));
  return {
    items,
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: results.length > first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
