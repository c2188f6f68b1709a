import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Specialty } from "./specialty.entity";
import { concatenated, SearchIndexed, weighted } from "../search-documents";
import { ViewedRow } from "../viewed-row";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A person behind an experiment: contact, quoted expert, researcher. Contact details are personal data.",
})
@SearchIndexed({
  description: "People (name, profession).",
  vector: concatenated(weighted("A", "name"), weighted("B", "profession_title")),
  snippetText: `concat_ws(' — ', t."name", t."profession_title")`,
  fuzzyText: `ipo_unaccent(lower(t."name"))`,
})
@ViewedRow()
@Entity({ tableName: "person" })
@Index({ properties: ["name", "pk"] })
export class Person extends NodeEntity {
  @Field({ description: "Full name as written in the sources." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Profession or title in the person's own words, e.g. `internist-ouderengeneeskunde en consulent palliatieve zorg`.",
  })
  @Property({ type: "string", length: 300, nullable: true })
  professionTitle!: string | null;

  @ManyToOne(() => Specialty, { nullable: true, deleteRule: "restrict", index: true })
  profession!: Specialty | null;

  /** Personal data: served through PersonResolver.email, which hides it from readers below MEMBER. */
  @Property({ type: "string", length: 254, nullable: true })
  email!: string | null;
}
