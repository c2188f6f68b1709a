import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Experiment } from "./experiment.entity";

/** Who proposed an initiative through `submitInitiative`, and what an editor decided. */
@ObjectType({
  simpleResolvers: true,
  description: "A proposed initiative's submission: who sent it and what an editor decided. Visible to editors only.",
})
@Entity({ tableName: "submission" })
export class Submission {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade", unique: true })
  experiment!: Experiment;

  @Field({ description: "Name of the person who submitted it." })
  @Property({ type: "string", length: 200 })
  submitterName!: string;

  @Field({ description: "E-mail address to reach the submitter (personal data)." })
  @Property({ type: "string", length: 254 })
  submitterEmail!: string;

  @Field(() => String, { nullable: true, description: "The submitter's organisation, in their words." })
  @Property({ type: "string", length: 200, nullable: true })
  submitterOrganisation!: string | null;

  @Field(() => String, { nullable: true, description: "What the submitter wrote to the editors." })
  @Property({ type: "text", nullable: true })
  message!: string | null;

  @Field({ description: "When it was submitted (ISO 8601)." })
  @Property({ type: "string", columnType: "timestamptz", defaultRaw: "now()" })
  submittedAt!: string;

  @Field(() => String, { nullable: true, description: "When an editor published or rejected it (ISO 8601); null while it waits." })
  @Property({ type: "string", columnType: "timestamptz", nullable: true })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Token subject of the editor who decided." })
  @Property({ type: "string", length: 200, nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected; null unless rejected." })
  @Property({ type: "text", nullable: true })
  rejectionReason!: string | null;
}
