import { Entity, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Person } from "./person.entity";
import { concatenated, SearchIndexed, weighted } from "../search-documents";
import { ViewedRow } from "../viewed-row";

@ObjectType({ simpleResolvers: true, implements: Node, description: "What a person said about an experiment, verbatim." })
@SearchIndexed({
  description: "Quotes (text, topic).",
  vector: concatenated(weighted("B", "text", "text"), weighted("C", "topic")),
  snippetText: `t."text"`,
  fuzzyText: null,
})
@ViewedRow()
@Entity({ tableName: "quote" })
export class Quote extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: "restrict", index: true })
  person!: Person;

  @ManyToOne(() => Experiment, { deleteRule: "cascade", index: true })
  experiment!: Experiment;

  @Field({ description: "The quote, verbatim (Dutch)." })
  @Property({ type: "text" })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "What the quote is about, as introduced in the sources (e.g. `over de eerste resultaten`).",
  })
  @Property({ type: "string", length: 300, nullable: true })
  topic!: string | null;
}
