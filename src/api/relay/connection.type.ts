import { Field, Int, ObjectType } from "type-graphql";
import type { Connection } from "../../sql/page";
import { PageInfo } from "./page-info.type";

const built = new Map<string, new () => Connection<unknown>>();

/**
 * `XConnection` and `XEdge` object types for an item type (class factory): one pair per type, shared by the
 * top-level list and the relation connections that return the same items.
 */
export function ConnectionType<T extends object>(nodeType: new () => T, typeName: string): new () => Connection<T> {
  const existing = built.get(typeName);
  if (existing) return existing as new () => Connection<T>;
  const created = buildConnectionType(nodeType, typeName);
  built.set(typeName, created as new () => Connection<unknown>);
  return created;
}

function buildConnectionType<T extends object>(nodeType: new () => T, typeName: string) {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true, description: `One ${typeName} in a page, with the cursor to continue after it.` })
  class EdgeType {
    @Field({ description: "Opaque cursor of this item; pass it as `after` to get the items that follow." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${typeName}.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, {
    simpleResolvers: true,
    description: `A page of ${typeName} items, with the total and the cursors to page on.`,
  })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: "The items of this page with their cursors." })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: "The items of this page, without cursors (shorthand for `edges { node }`)." })
    nodes!: T[];

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount!: number;

    @Field(() => PageInfo, { description: "Cursors and whether more pages exist." })
    pageInfo!: PageInfo;
  }

  return ConnectionClass;
}
