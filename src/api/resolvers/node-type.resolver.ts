import { Args, ArgsType, Ctx, Directive, Field, Query, registerEnumType, Resolver } from "type-graphql";
import { CONNECTION_LIST_SIZE } from "../demand-control";
import { listFilters, whereOf } from "../../sql/list-filters";
import { declarationOf, NODE_TYPE_NAMES, type NodeTypeName } from "../../catalogue/node-types";
import type { AppContext } from "../../request/context";
import { fetchPage } from "../../sql/page.query";
import { ConnectionType } from "../relay/connection.type";
import { PaginationArgs } from "../relay/pagination.args";
import { LookupArgs } from "./lookup.args";
import { lookup } from "./relations";
import { upperFirst } from "../../platform/names";
import { type EntityClass } from "../../catalogue/catalogue.types";
import { addNodeFilter, type NodeFilter } from "../../sql/node-filter";
import { nodeFilterInput } from "../filters/node-filter.input";
import { nodeSortInput } from "../filters/node-sort.input";
import { MAX_SORT_KEYS, sortOrder, type SortKey } from "../../sql/sort-order";

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/** `<Type>Order` when a type declares more than one order: the enum `orderBy` takes. */
function orderEnum(type: NodeTypeName): Record<string, string> | undefined {
  const { orders, list } = declarationOf(type);
  if (Object.keys(orders).length < 2) return undefined;
  const values = Object.fromEntries(Object.keys(orders).map((name) => [name, name]));
  registerEnumType(values, {
    name: `${type}Order`,
    description: `How to order ${list.name}.`,
    valuesConfig: Object.fromEntries(Object.entries(orders).map(([name, order]) => [name, { description: order.description }])),
  });
  return values;
}

/** Arguments of a top-level list: `first`, `after`, the declared filters, and `orderBy` where there is a choice. */
function listArgs(type: NodeTypeName) {
  @ArgsType()
  class ListArgs extends PaginationArgs {
    [argument: string]: unknown;
  }
  for (const filter of listFilters(type))
    Field(filter.type as never, { nullable: true, description: filter.description })(ListArgs.prototype, filter.argument);
  // made now, not in the type's thunk: TypeGraphQL takes the input types declared before the schema is built
  const filterInput = nodeFilterInput(declarationOf(type).entity as EntityClass);
  Field(() => filterInput, {
    nullable: true,
    description: `Conditions on the ${declarationOf(type).list.name}' fields, with \`and\`, \`or\` and \`not\`.`,
  })(ListArgs.prototype, "filter");
  const sortInput = nodeSortInput(type, declarationOf(type).entity as EntityClass);
  if (sortInput)
    Field(() => [sortInput], {
      nullable: true,
      description: `Sort by any of these fields, each ascending or descending with its nulls placed; ties broken by id, so cursors stay stable (at most ${MAX_SORT_KEYS} keys; not with \`orderBy\`).`,
    })(ListArgs.prototype, "sort");
  const orders = orderEnum(type);
  if (orders) {
    const first = Object.keys(orders)[0];
    Field(() => orders, { nullable: true, description: `Order of the list; ${first} when omitted.` })(ListArgs.prototype, "orderBy");
  }
  Object.defineProperty(ListArgs, "name", { value: `${upperFirst(declarationOf(type).list.name)}Args` });
  return ListArgs;
}

/** `<type>(id, slug)` and `<types>(first, after, filters, orderBy)` for one node type, from its catalogue entry. */
function nodeTypeResolver(type: NodeTypeName) {
  const declaration = declarationOf(type);
  const entity = declaration.entity as EntityClass;
  const Connection = ConnectionType(declaration.entity, type);
  const ListArgs = listArgs(type);

  @Resolver()
  class NodeTypeResolver {
    lookup(args: LookupArgs, ctx: AppContext) {
      return lookup(ctx, entity, type, args);
    }

    list(args: Record<string, unknown>, ctx: AppContext) {
      const where = whereOf(type, args);
      addNodeFilter(where, ctx.tables, entity, args.filter as NodeFilter | null | undefined);
      const order = sortOrder(args.sort as SortKey[] | null | undefined, args.orderBy);
      if (order) return fetchPage(ctx, entity, where, args, { order });
      return fetchPage(ctx, entity, where, args, { orderName: (args.orderBy as string | null | undefined) ?? undefined });
    }
  }
  const proto = NodeTypeResolver.prototype;
  const decorate = (method: "lookup" | "list", argsType: Function, query: () => void) => {
    Reflect.defineMetadata("design:paramtypes", [Object, Object], proto, method);
    Args(() => argsType)(proto, method, 0);
    Ctx()(proto, method, 1);
    query();
  };
  decorate("lookup", LookupArgs, () =>
    Query(() => declaration.entity, { name: lowerFirst(type), nullable: true, description: declaration.lookup })(
      proto,
      "lookup",
      Object.getOwnPropertyDescriptor(proto, "lookup")!,
    ),
  );
  Directive(CONNECTION_LIST_SIZE)(proto, "list");
  decorate("list", ListArgs, () =>
    Query(() => Connection, { name: declaration.list.name, description: declaration.list.description })(
      proto,
      "list",
      Object.getOwnPropertyDescriptor(proto, "list")!,
    ),
  );
  Object.defineProperty(NodeTypeResolver, "name", { value: `${type}Resolver` });
  return NodeTypeResolver;
}

/** The lookup and list queries of every node type of the catalogue. */
export function nodeTypeResolvers(): Function[] {
  return NODE_TYPE_NAMES.map(nodeTypeResolver);
}
