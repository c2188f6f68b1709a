import { Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { PublicationState } from "./publication-state";

/** Columns every node table has: an integer primary key and a unique, human-readable slug. */
@ObjectType({ simpleResolvers: true, description: "Base of every node type; not part of the schema itself." })
export abstract class NodeEntity extends Node {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @Field({ description: "Human-readable, URL-safe key, unique per type (e.g. `cobra`, `lumc`). Usable instead of `id` in lookups." })
  @Property({ type: "string", length: 120, unique: true })
  slug!: string;

  @Field(() => Int, {
    description:
      "Version of this node: 1 when created, one more with every change. An update names the version it read; a stale one is refused with CONFLICT.",
  })
  @Property({ type: "integer", version: true, default: 1 })
  version!: number;

  @Field(() => PublicationState, {
    description: "Who can see this node: PUBLISHED for everyone; SUBMITTED only for editors (see `submitInitiative`).",
  })
  @Enum({ items: () => PublicationState, default: PublicationState.PUBLISHED })
  state!: PublicationState;
}
