import { Entity, Enum, ManyToOne, PrimaryKey, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { ViewedRow } from "../viewed-row";

export enum ExperimentRelationKind {
  BUILDS_ON = "BUILDS_ON",
  SEE_ALSO = "SEE_ALSO",
}
registerEnumType(ExperimentRelationKind, {
  name: "ExperimentRelationKind",
  description: "How two experiments or initiatives relate.",
  valuesConfig: {
    BUILDS_ON: { description: "The experiment enlarges or builds on the other (an existing initiative)." },
    SEE_ALSO: { description: "The sources point from one to the other (`bekijk ook`)." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "A directed link from one experiment or initiative to another (an edge between two Experiments).",
})
@ViewedRow()
@Entity({ tableName: "experiment_relation" })
@Unique({ properties: ["experiment", "relatedExperiment", "kind"] })
export class ExperimentRelation {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade" })
  experiment!: Experiment;

  @ManyToOne(() => Experiment, { deleteRule: "cascade", index: true })
  relatedExperiment!: Experiment;

  @Field(() => ExperimentRelationKind, { description: "Builds on, or see also." })
  @Enum({ items: () => ExperimentRelationKind })
  kind!: ExperimentRelationKind;
}
