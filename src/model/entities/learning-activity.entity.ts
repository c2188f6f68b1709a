import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Institution } from "./institution.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { ViewedRow } from "../viewed-row";

export enum LearningActivityType {
  MDO = "MDO",
  NETWORK_PLACEMENT = "NETWORK_PLACEMENT",
  WORKPLACE_LEARNING = "WORKPLACE_LEARNING",
  DIGITAL_CONSULTATION = "DIGITAL_CONSULTATION",
  SIMULATION_TRAINING = "SIMULATION_TRAINING",
  ONLINE_COURSE = "ONLINE_COURSE",
  CASE_DISCUSSION = "CASE_DISCUSSION",
  HOME_VISIT = "HOME_VISIT",
  JOB_SHADOWING = "JOB_SHADOWING",
  JOINT_EDUCATION = "JOINT_EDUCATION",
  GROUP_MEETING = "GROUP_MEETING",
  PREPARATION = "PREPARATION",
  REFERRAL_FEEDBACK = "REFERRAL_FEEDBACK",
  INTERVIEWS = "INTERVIEWS",
  SURVEY = "SURVEY",
}
registerEnumType(LearningActivityType, {
  name: "LearningActivityType",
  description: "The form a learning activity takes.",
  valuesConfig: {
    MDO: { description: "Multidisciplinary team meeting (multidisciplinair overleg)." },
    NETWORK_PLACEMENT: { description: "Placement in a care network (netwerkstage), short or long." },
    WORKPLACE_LEARNING: { description: "An interprofessional learning-work situation on the ward (leerwerksituatie)." },
    DIGITAL_CONSULTATION: { description: "Digital consultation between residents across primary and secondary care." },
    SIMULATION_TRAINING: { description: "Simulation training." },
    ONLINE_COURSE: { description: "Online course." },
    CASE_DISCUSSION: { description: "Interprofessional case discussion (casuïstiekbespreking)." },
    HOME_VISIT: { description: "Visit to a patient at home (huisbezoek)." },
    JOB_SHADOWING: { description: "Looking along in each other's practice (meekijken)." },
    JOINT_EDUCATION: { description: "Education prepared and given together (gezamenlijk onderwijs)." },
    GROUP_MEETING: { description: "Kick-off, group or closing meeting of participants." },
    PREPARATION: { description: "Preparation by participants: personal goals, a plan of approach." },
    REFERRAL_FEEDBACK: { description: "Residents assess referrals and feed back to the referrer." },
    INTERVIEWS: { description: "Qualitative research interviews." },
    SURVEY: { description: "Research among a wider group (questionnaire or study data)." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "Something residents do to learn together in an experiment: an MDO, a network placement, a digital consultation, a course, a home visit...",
})
@ViewedRow()
@Entity({ tableName: "learning_activity" })
export class LearningActivity extends NodeEntity {
  @ManyToOne(() => Experiment, { deleteRule: "cascade", index: true })
  experiment!: Experiment;

  @ManyToOne(() => Institution, { nullable: true, deleteRule: "restrict", index: true })
  institution!: Institution | null;

  @Field(() => LearningActivityType, { description: "The form of the activity." })
  @Enum({ items: () => LearningActivityType })
  type!: LearningActivityType;

  @Field({ description: "Name, e.g. `COBRA MDO+++` or `Kijkje In Elkaars Keuken`." })
  @Property({ type: "string", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: "What happens, in the sources' words." })
  @Property({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Position in the experiment's sequence of activities, where the sources give an order.",
  })
  @Property({ type: "integer", nullable: true })
  sequence!: number | null;

  @Field(() => String, { nullable: true, description: "How long it lasts, in the sources' words (e.g. `30 tot 60 minuten`)." })
  @Property({ type: "string", length: 100, nullable: true })
  durationText!: string | null;

  @Field(() => Int, { nullable: true, description: "Shortest duration in minutes." })
  @Property({ type: "integer", nullable: true })
  durationMinMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "Longest duration in minutes." })
  @Property({ type: "integer", nullable: true })
  durationMaxMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "How many times it takes place, or how many are held (lower bound)." })
  @Property({ type: "integer", nullable: true })
  countMin!: number | null;

  @Field(() => Int, { nullable: true, description: "Upper bound of `countMin` when the sources give a range (e.g. 2-3 group meetings)." })
  @Property({ type: "integer", nullable: true })
  countMax!: number | null;

  @Field({ description: "True when the count is an approximation in the sources (`ongeveer twintig`)." })
  @Property({ type: "boolean", default: false })
  countApproximate!: boolean;
}
