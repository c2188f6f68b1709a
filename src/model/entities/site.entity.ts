import { Entity, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Institution } from "./institution.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Region } from "./region.entity";
import { ViewedRow } from "../viewed-row";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A place where an institution works (W3C ORG `org:Site`): a hospital location, a practice, a care home, in a training region.",
})
@ViewedRow()
@Entity({ tableName: "site" })
export class Site extends NodeEntity {
  @ManyToOne(() => Institution, { deleteRule: "cascade", index: true })
  institution!: Institution;

  @ManyToOne(() => Region, { nullable: true, deleteRule: "restrict", index: true })
  region!: Region | null;

  @Field({ description: "Name of the site, e.g. `LUMC Leiden` or `Alrijne Leiderdorp`." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "City or town of the site, where known." })
  @Property({ type: "string", length: 100, nullable: true })
  city!: string | null;
}
