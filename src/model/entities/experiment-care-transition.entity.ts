import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CareTransition } from "./care-transition.entity";
import { Experiment } from "./experiment.entity";
import { ViewedRow } from "../viewed-row";

@ObjectType({
  simpleResolvers: true,
  description: "A care transition an experiment addresses (an edge between Experiment and CareTransition).",
})
@ViewedRow()
@Entity({ tableName: "experiment_care_transition" })
@Unique({ properties: ["experiment", "careTransition"] })
export class ExperimentCareTransition {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade" })
  experiment!: Experiment;

  @ManyToOne(() => CareTransition, { deleteRule: "restrict", index: true })
  careTransition!: CareTransition;

  @Field(() => String, { nullable: true, description: "How the experiment uses this transition, in the sources' words." })
  @Property({ type: "text", nullable: true })
  note!: string | null;
}
