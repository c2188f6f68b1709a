import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { relationFields, type ManyField, type OneField } from "../catalogue/relation-fields";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { RELATION_FIRST } from "./relation-list.arg";
import { pageSize } from "../loaders/page.query";
import { pathOrder, type RelationPath } from "../loaders/relation.loader";
import type { Row } from "../loaders/sql-runner";
import { ConnectionType, type Connection } from "../relay/connection.type";
import { decodeCursor } from "../relay/keyset-cursor";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../relay/pagination.args";

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/**
 * A resolver class with one field resolver, whose method is named like the field: type-graphql matches a
 * field with its resolver by method name, so generated fields of one type need distinct names. The
 * decorators are applied as TypeScript would apply them (parameters, method, class).
 */
function fieldResolverClass(owner: Function, name: string, returnType: () => unknown, options: { nullable?: boolean; description: string }, args: Function | undefined, resolve: (row: Row, ctx: AppContext, args: Record<string, unknown>) => unknown) {
  const Generated = class {};
  Object.defineProperty(Generated, "name", { value: `${owner.name}${capitalised(name)}Resolver` });
  Object.defineProperty(Generated.prototype, name, { value: resolve, writable: true, configurable: true });
  Reflect.defineMetadata("design:paramtypes", [Object, Object, Object], Generated.prototype, name);
  Root()(Generated.prototype, name, 0);
  Ctx()(Generated.prototype, name, 1);
  if (args) Args(() => args)(Generated.prototype, name, 2);
  FieldResolver(returnType as never, options)(Generated.prototype, name, Object.getOwnPropertyDescriptor(Generated.prototype, name)!);
  Resolver(() => owner)(Generated);
  return Generated;
}

/** The single row of a `one` field: the row an edge loader joined in, or else a by-id load. */
function oneResolver(field: OneField) {
  return fieldResolverClass(field.owner, field.name, () => field.target, { nullable: field.nullable, description: field.description }, undefined, (row, ctx) => {
    if (row[field.key] && typeof row[field.key] === "object") return row[field.key];
    const pk = row[`${field.key}Pk`];
    return pk == null ? null : ctx.loaders.node(field.target).load(pk);
  });
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
function listResolver(field: ManyField) {
  return fieldResolverClass(field.owner, field.name, () => [field.item], { description: field.description }, relationArgs(field, false), async (row, ctx, args) => {
    return (await ctx.loaders.relation(relationPath(ctx, field), listSlice(args.first as number, filterValues(field, args))).load(row.pk)).rows;
  });
}

/** `nameConnection(first, after, filters)`: the same rows as a Relay connection per parent, with keyset cursors and each parent's total. */
function connectionResolver(field: ManyField) {
  const ItemConnection = ConnectionType(field.item as new () => object, field.item.name);
  const description = `${field.description} A page of them per parent, with cursors and the total.`;
  return fieldResolverClass(field.owner, `${field.name}Connection`, () => ItemConnection, { description }, relationArgs(field, true), async (row, ctx, args): Promise<Connection<Row>> => {
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
  });
}

/** The resolvers of every relation field the catalogue declares: one class per field, as type-graphql's class factories. */
export function relationFieldResolvers(): Function[] {
  return relationFields().flatMap((field): Function[] => (field.kind === "one" ? [oneResolver(field)] : [listResolver(field), connectionResolver(field)]));
}
