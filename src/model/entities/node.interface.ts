import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node interface: anything with a global id can be fetched again with `node(id)`. */
@InterfaceType("Node", {
  description: "An object with a globally unique, opaque id that `node(id)` and `nodes(ids)` can fetch again.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, opaque id. Stable for the life of the object; pass it to `node(id)`." })
  id!: string;
}
