import { Entity, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { ViewedRow } from "../viewed-row";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A training region (onderwijs- en opleidingsregio, OOR): the hospitals and practices around one UMC that train residents together, e.g. OOR Leiden.",
})
@ViewedRow()
@Entity({ tableName: "region" })
export class Region extends NodeEntity {
  @Field({ description: "Name of the region, e.g. `OOR Leiden`." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name used in the sources, e.g. `OOR ON` for OOR Oost-Nederland." })
  @Property({ type: "string", length: 40, nullable: true })
  shortName!: string | null;

  @Field(() => String, { nullable: true, description: "What the region covers, and where that knowledge comes from." })
  @Property({ type: "text", nullable: true })
  description!: string | null;
}
