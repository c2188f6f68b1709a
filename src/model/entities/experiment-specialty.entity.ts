import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Specialty } from "./specialty.entity";
import { ViewedRow } from "../viewed-row";

export enum ParticipantLevel {
  RESIDENT = "RESIDENT",
  SUPERVISOR = "SUPERVISOR",
  PROFESSIONAL = "PROFESSIONAL",
}
registerEnumType(ParticipantLevel, {
  name: "ParticipantLevel",
  description: "Who of a specialty takes part: trainees, their supervisors, or practising professionals.",
  valuesConfig: {
    RESIDENT: { description: "Residents in training (aios; for general practice: haios)." },
    SUPERVISOR: { description: "Supervisors and trainers (supervisoren, opleiders)." },
    PROFESSIONAL: { description: "Practising professionals of the specialty (specialists, nurses, allied health)." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "A specialty or profession that takes part in an experiment, and at which level (an edge between Experiment and Specialty).",
})
@ViewedRow()
@Entity({ tableName: "experiment_specialty" })
@Unique({ properties: ["experiment", "specialty", "level"] })
export class ExperimentSpecialty {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade" })
  experiment!: Experiment;

  @ManyToOne(() => Specialty, { deleteRule: "restrict", index: true })
  specialty!: Specialty;

  @Field(() => ParticipantLevel, { description: "Residents (aios/haios), supervisors or professionals." })
  @Enum({ items: () => ParticipantLevel })
  level!: ParticipantLevel;

  @Field(() => String, { nullable: true, description: "What the sources say about this participation." })
  @Property({ type: "text", nullable: true })
  note!: string | null;
}
