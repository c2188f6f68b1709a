import { ArgsType, Field, Int } from "type-graphql";
import { fieldResolverClass } from "./field-resolver-class";
import { relationFields, type ManyField, type OneField } from "../../catalogue/relation-fields";
import type { AppContext } from "../../request/context";
import { listSlice } from "../../sql/list-slice";
import { RELATION_FIRST } from "./relation-list.arg";
import { pageSize } from "../../sql/page.query";
import { pathOrder, type RelationPath } from "../../sql/relation.loader";
import type { Row } from "../../sql/sql-runner";
import { ConnectionType, type Connection } from "../relay/connection.type";
import { decodeCursor } from "../../sql/keyset-cursor";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../relay/pagination.args";

import { capitalised } from "./field-resolver-class";

type FieldFunction = (row: Row, args: Record<string, unknown>, ctx: AppContext) => unknown;

/** The single row of a `one` field: the row an edge loader joined in, or else a by-id load. */
function resolveOne(field: OneField): FieldFunction {
  return (row, _args, ctx) => {
    const joined = row[field.key];
    if (joined && typeof joined === "object") return joined;
    const pk = row[`${field.key}Pk`];
    return pk == null ? null : ctx.loaders.node(field.target).load(pk);
  };
}

function oneResolver(field: OneField) {
  const resolve = resolveOne(field);
  return fieldResolverClass(field.owner, field.name, () => field.target, { nullable: field.nullable, description: field.description }, undefined, (row, ctx) => resolve(row, {}, ctx));
}

/** Arguments of a relation list or connection: `first` (and `after` for connections), and the declared filters. */
function relationArgs(field: ManyField, connection: boolean) {
  @ArgsType()
  class RelationArgs {
    @Field(() => Int, connection ? { nullable: true, description: `How many items to return per parent: 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted.` } : RELATION_FIRST)
    first!: number | null;

    after?: string | null;
    [filter: string]: unknown;
  }
  if (connection) Field(() => String, { nullable: true, description: "Return the items after this cursor (`pageInfo.endCursor` of the previous page)." })(RelationArgs.prototype, "after");
  for (const filter of field.filters) Field(filter.type as never, { nullable: true, description: filter.description })(RelationArgs.prototype, filter.property);
  Object.defineProperty(RelationArgs, "name", { value: `${field.owner.name}${capitalised(field.name)}${connection ? "Connection" : ""}Args` });
  return RelationArgs;
}

/** The loader's access path of a list field, resolved to tables. */
function relationPath(ctx: AppContext, { path }: ManyField): RelationPath {
  return path.kind === "children"
    ? { kind: "children", table: ctx.tables.of(path.entity), key: path.key }
    : { kind: "edges", edges: ctx.tables.of(path.edge), from: path.from, to: path.to, target: ctx.tables.of(path.target) };
}

function filterValues(field: ManyField, args: Record<string, unknown>): Record<string, string | null | undefined> {
  return Object.fromEntries(field.filters.map((filter) => [filter.property, args[filter.property] as string | null | undefined]));
}

/** `name(first, filters)`: the related rows per parent, one statement per nesting level. */
function resolveList(field: ManyField): FieldFunction {
  const id = `list:${field.owner.name}.${field.name}`;
  return async (row, args, ctx) => {
    // every parent of a level asks with the same arguments: the loader is looked up by a short key, made once
    const key = field.filters.length === 0 ? `${id}:${args.first}` : `${id}:${args.first}:${field.filters.map((filter) => args[filter.property] ?? "").join(":")}`;
    const loader = ctx.loaders.memoized(key, () => ctx.loaders.relation(relationPath(ctx, field), listSlice(args.first as number, filterValues(field, args))));
    return (await loader.load(row.pk)).rows;
  };
}

function listResolver(field: ManyField) {
  const resolve = resolveList(field);
  return fieldResolverClass(field.owner, field.name, () => [field.item], { description: field.description }, relationArgs(field, false), (row, ctx, args) => resolve(row, args, ctx));
}

/** `nameConnection(first, after, filters)`: the same rows as a Relay connection per parent, with keyset cursors and each parent's total. */
function resolveConnection(field: ManyField): FieldFunction {
  return async (row, args, ctx): Promise<Connection<Row>> => {
    const slice = listSlice(pageSize(args.first as number | null | undefined), filterValues(field, args), MAX_PAGE_SIZE);
    slice.page = { count: ctx.projection.fieldsOf(`${field.item.name}Connection`)?.has("totalCount") ?? true };
    const path = relationPath(ctx, field);
    if (args.after != null) {
      const order = pathOrder(path);
      slice.after = decodeCursor(args.after as string, order.name, order.references.map((reference) => reference.order));
    }
    const part = await ctx.loaders.relation(path, slice).load(row.pk);
    const edges = part.rows.map((node, index) => ({ cursor: part.cursors[index]!, node }));
    return {
      edges,
      nodes: part.rows,
      totalCount: part.totalCount ?? 0,
      pageInfo: { hasNextPage: part.hasNextPage, hasPreviousPage: slice.after !== undefined, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    };
  };
}

function connectionResolver(field: ManyField) {
  const ItemConnection = ConnectionType(field.item as new () => object, field.item.name);
  const description = `${field.description} A page of them per parent, with cursors and the total.`;
  const resolve = resolveConnection(field);
  return fieldResolverClass(field.owner, `${field.name}Connection`, () => ItemConnection, { description }, relationArgs(field, true), (row, ctx, args) => resolve(row, args, ctx));
}

/**
 * The same fields as plain graphql-js resolvers `(row, args, ctx)`, by type and field: the schema uses these,
 * so a relation field costs no resolver-class machinery per row (the classes above give the schema its shape).
 */
export function relationFieldFunctions(): Record<string, Record<string, FieldFunction>> {
  const map: Record<string, Record<string, FieldFunction>> = {};
  const add = (type: string, name: string, resolve: FieldFunction) => ((map[type] ??= {})[name] = resolve);
  for (const field of relationFields()) {
    if (field.kind === "one") {
      add(field.owner.name, field.name, resolveOne(field));
    } else {
      add(field.owner.name, field.name, resolveList(field));
      add(field.owner.name, `${field.name}Connection`, resolveConnection(field));
    }
  }
  return map;
}

/** The resolvers of every relation field the catalogue declares: one class per field, as type-graphql's class factories. */
export function relationFieldResolvers(): Function[] {
  return relationFields().flatMap((field): Function[] => (field.kind === "one" ? [oneResolver(field)] : [listResolver(field), connectionResolver(field)]));
}
