import { relationFields, type ManyField, type OneField } from "../catalogue/relation-fields";
import type { Row } from "../catalogue/table";
import { decodeCursor } from "./keyset-cursor";
import { listSlice, type ListSlice } from "./list-slice";
import { nodeFilterCondition, type NodeFilter } from "./node-filter";
import { sortOrder, type SortKey } from "./sort-order";
import { userError } from "../platform/errors";
import { MAX_PAGE_SIZE, type Connection } from "./page";
import { pageSize } from "./page.query";
import type { ReadSession } from "./read-session";
import { pathOrder, type RelationPath, type RelationSlice } from "./relation.loader";

/** How one relation field of a row is read: `(row, args, session)`, as a graphql-js resolver is called. */
export type RelationRead = (row: Row, args: Record<string, unknown>, session: ReadSession) => unknown;

/** The single row of a `one` field: the row an edge loader joined in, or else a by-id load. */
function readOne(field: OneField): RelationRead {
  return (row, _args, session) => {
    const joined = row[field.key];
    if (joined && typeof joined === "object") return joined;
    const pk = row[`${field.key}Pk`];
    return pk == null ? null : session.loaders.node(field.target).load(pk);
  };
}

/** The loader's access path of a list field, resolved to tables. */
function relationPath(session: ReadSession, { path }: ManyField): RelationPath {
  return path.kind === "children"
    ? { kind: "children", table: session.tables.of(path.entity), key: path.key }
    : { kind: "edges", edges: session.tables.of(path.edge), from: path.from, to: path.to, target: session.tables.of(path.target) };
}

function filterValues(field: ManyField, args: Record<string, unknown>): Record<string, string | null | undefined> {
  return Object.fromEntries(field.filters.map((filter) => [filter.property, args[filter.property] as string | null | undefined]));
}

/** The slice a list or connection asks for: `first`, the declared equality filters, the client's `filter` and `sort`. */
function sliceOf(session: ReadSession, field: ManyField, args: Record<string, unknown>, first: number, maximum?: number): ListSlice {
  const slice = listSlice(first, filterValues(field, args), maximum);
  const filter = nodeFilterCondition(
    session.tables,
    field.item,
    args.filter as NodeFilter | null | undefined,
    field.path.kind === "children" ? "t" : "e",
  );
  if (filter) slice.filter = filter;
  const order = sortOrder(args.sort as SortKey[] | null | undefined);
  if (order?.counts.length)
    throw userError("A relation list sorts by fields; sort by a count on the top-level lists.", { argumentName: "sort" });
  if (order) slice.order = order;
  return slice;
}

const rowsOf = (slice: RelationSlice) => slice.rows;

const createLoader = (session: ReadSession, field: ManyField, args: Record<string, unknown>) =>
  session.loaders.relation(relationPath(session, field), sliceOf(session, field, args, args.first as number));

/** `name(first, filters)`: the related rows per parent, one statement per nesting level. */
function readList(field: ManyField): RelationRead {
  const id = `list:${field.owner.name}.${field.name}`;
  // not an async function: a level's parents make one promise each (the loader's), then one for its rows
  return (row, args, session) => {
    if (args.filter || args.sort || field.filters.length > 0) {
      const key =
        args.filter || args.sort
          ? `${id}:${JSON.stringify(args)}`
          : `${id}:${args.first}:${field.filters.map((filter) => args[filter.property] ?? "").join(":")}`;
      return session.loaders
        .memoized(key, () => createLoader(session, field, args))
        .load(row.pk)
        .then(rowsOf);
    }
    // every parent of a level asks with the same `first`: its loader is found without a key or a closure made per parent
    const first = args.first as number;
    const loader =
      session.loaders.keptListLoader(id, first) ?? session.loaders.keepListLoader(id, first, createLoader(session, field, args));
    return loader.load(row.pk).then(rowsOf);
  };
}

/** `nameConnection(first, after, filters)`: the same rows as a Relay connection per parent, with keyset cursors and each parent's total. */
function readConnection(field: ManyField): RelationRead {
  return async (row, args, session): Promise<Connection<Row>> => {
    const slice = sliceOf(session, field, args, pageSize(args.first as number | null | undefined), MAX_PAGE_SIZE);
    slice.page = { count: session.projection.fieldsOf(`${field.item.name}Connection`)?.has("totalCount") ?? true };
    const path = relationPath(session, field);
    if (args.after != null) {
      const order = pathOrder(path, slice.order);
      slice.after = decodeCursor(
        args.after as string,
        order.name,
        order.references.map((reference) => reference.order),
      );
    }
    const items = { kind: "relation" as const, path, slice, parent: row.pk as number };
    const connectionFields = session.projection.fieldsOf(`${field.item.name}Connection`);
    if (connectionFields && [...connectionFields].every((name) => name === "aggregate" || name === "groups" || name === "__typename"))
      // only figures asked: no page to read
      return {
        edges: [],
        nodes: [],
        totalCount: 0,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        items,
      };
    const part = await session.loaders.relation(path, slice).load(row.pk);
    const edges = part.rows.map((node, index) => ({ cursor: part.cursors[index]!, node }));
    return {
      items,
      edges,
      nodes: part.rows,
      totalCount: part.totalCount ?? 0,
      pageInfo: {
        hasNextPage: part.hasNextPage,
        hasPreviousPage: slice.after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  };
}

/** The field a relation gives its end as a connection: `<name>Connection`. */
export const connectionFieldName = (field: ManyField) => `${field.name}Connection`;

/**
 * How every relation field the catalogue declares is read, by type and field name: the schema's relation
 * fields and the linked-data documents both read relations through these.
 */
let built: Record<string, Record<string, RelationRead>> | undefined;

export function relationReads(): Record<string, Record<string, RelationRead>> {
  if (built) return built;
  const map: Record<string, Record<string, RelationRead>> = {};
  const add = (type: string, name: string, read: RelationRead) => ((map[type] ??= {})[name] = read);
  for (const field of relationFields()) {
    if (field.kind === "one") {
      add(field.owner.name, field.name, readOne(field));
    } else {
      add(field.owner.name, field.name, readList(field));
      add(field.owner.name, connectionFieldName(field), readConnection(field));
    }
  }
  built = map;
  return map;
}
