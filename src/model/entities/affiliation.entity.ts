import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Institution } from "./institution.entity";
import { Person } from "./person.entity";
import { ViewedRow } from "../viewed-row";

@ObjectType({ simpleResolvers: true, description: "A person's position at an institution (an edge between Person and Institution)." })
@ViewedRow()
@Entity({ tableName: "affiliation" })
@Unique({ properties: ["person", "institution", "position"] })
export class Affiliation {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Person, { deleteRule: "cascade" })
  person!: Person;

  @ManyToOne(() => Institution, { deleteRule: "restrict", index: true })
  institution!: Institution;

  @Field({ description: "Position held, in the sources' words, e.g. `decaan`, `onderwijskundige`." })
  @Property({ type: "string", length: 300 })
  position!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where this affiliation comes from when the sources do not state it outright (e.g. inferred from an e-mail domain).",
  })
  @Property({ type: "text", nullable: true })
  note!: string | null;
}
