import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Programme } from "./programme.entity";
import { concatenated, SearchIndexed, weighted } from "../search-documents";
import { ViewedRow } from "../viewed-row";

export enum ExperimentKind {
  EXPERIMENT = "EXPERIMENT",
  INITIATIVE = "INITIATIVE",
}
registerEnumType(ExperimentKind, {
  name: "ExperimentKind",
  description: "Whether an entry is one of the programme's experiments or an initiative it collects.",
  valuesConfig: {
    EXPERIMENT: { description: "One of the numbered experiments of the programme (proeftuin)." },
    INITIATIVE: { description: "An initiative in interprofessional education outside the numbered experiments, e.g. the DUO-project." },
  },
});

export enum CollaborationDomain {
  CLINIC = "CLINIC",
  TRANSMURAL = "TRANSMURAL",
  PUBLIC_HEALTH = "PUBLIC_HEALTH",
  MENTAL_HEALTH = "MENTAL_HEALTH",
}
registerEnumType(CollaborationDomain, {
  name: "CollaborationDomain",
  description: "Where the collaboration an experiment promotes takes place.",
  valuesConfig: {
    CLINIC: { description: "Within the hospital (in de kliniek)." },
    TRANSMURAL: { description: "Between primary and secondary care (transmuraal, eerste en tweede lijn)." },
    PUBLIC_HEALTH: { description: "With public health (publieke gezondheidszorg)." },
    MENTAL_HEALTH: { description: "With mental health care (geestelijke gezondheidszorg)." },
  },
});

export enum ExperimentStatus {
  PLANNED = "PLANNED",
  RUNNING = "RUNNING",
  COMPLETED = "COMPLETED",
}
registerEnumType(ExperimentStatus, {
  name: "ExperimentStatus",
  description: "Where an experiment or initiative stands.",
  valuesConfig: {
    PLANNED: { description: "Announced, not started." },
    RUNNING: { description: "Started and running (van start)." },
    COMPLETED: { description: "Finished." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "An experiment of the programme or an initiative it collects: a care theme, the institutions, specialties and people involved, the learning activities, deliverables and factors.",
})
@SearchIndexed({
  description: "Experiments and initiatives (title, acronym, subtitle, summary, care theme).",
  vector: concatenated(
    weighted("A", "title"),
    weighted("A", "acronym"),
    weighted("B", "subtitle"),
    weighted("C", "summary", "text"),
    weighted("C", "care_theme", "text"),
  ),
  snippetText: `concat_ws(' — ', t."title", t."subtitle", t."summary")`,
  fuzzyText: `ipo_unaccent(lower(t."title"))`,
})
@ViewedRow()
@Entity({ tableName: "experiment" })
// the default order of experiment lists (NUMBER), so a page is read from the index instead of sorting every row
@Index({
  name: "experiment_list_order_index",
  expression: `create index "experiment_list_order_index" on "experiment" ("number" asc nulls last, "title" asc, "pk" asc)`,
})
// filters on the collaboration domains (`hasAny`, `hasAll`: the array operators a GIN index answers)
@Index({ name: "experiment_domains_index", expression: `create index "experiment_domains_index" on "experiment" using gin ("domains")` })
export class Experiment extends NodeEntity {
  @ManyToOne(() => Programme, { nullable: true, deleteRule: "restrict", index: true })
  programme!: Programme | null;

  @Field(() => ExperimentKind, { description: "Experiment or initiative." })
  @Enum({ items: () => ExperimentKind })
  @Index()
  kind!: ExperimentKind;

  @Field(() => Int, { nullable: true, description: "Number of the experiment in the programme (1-7); null for initiatives." })
  @Property({ type: "integer", nullable: true, unique: true })
  number!: number | null;

  @Field(() => String, { nullable: true, description: "Acronym, e.g. `COBRA`, `ISA`, `DUO`." })
  @Property({ type: "string", length: 40, nullable: true })
  acronym!: string | null;

  @Field({ description: "Title as published." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Subtitle as published." })
  @Property({ type: "string", length: 300, nullable: true })
  subtitle!: string | null;

  @Field(() => String, { nullable: true, description: "What the experiment is about, in a few sentences (Dutch, from the sources)." })
  @Property({ type: "text", nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: "The care theme (zorgthema) that asks for collaboration." })
  @Property({ type: "text", nullable: true })
  careTheme!: string | null;

  @Field(() => String, { nullable: true, description: "The patients the care theme concerns." })
  @Property({ type: "text", nullable: true })
  patientGroup!: string | null;

  @Field(() => [CollaborationDomain], {
    description: "Where the collaboration takes place: clinic, transmural, public health, mental health.",
  })
  @Enum({ items: () => CollaborationDomain, array: true })
  domains!: CollaborationDomain[];

  @Field(() => [String], { description: "Goals (doelen, leerdoelen), one per entry." })
  @Property({ type: "text[]" })
  goals!: string[];

  @Field(() => String, { nullable: true, description: "The existing practice the experiment builds on or enlarges." })
  @Property({ type: "text", nullable: true })
  buildsOn!: string | null;

  @Field(() => String, { nullable: true, description: "Results so far, in the sources' words." })
  @Property({ type: "text", nullable: true })
  results!: string | null;

  @Field(() => [String], { description: "Next steps announced, one per entry." })
  @Property({ type: "text[]" })
  nextSteps!: string[];

  @Field(() => ExperimentStatus, { description: "Where it stands." })
  @Enum({ items: () => ExperimentStatus })
  status!: ExperimentStatus;

  @Field(() => Int, { nullable: true, description: "Year it started, where the sources give one (the DUO-project: 2017)." })
  @Property({ type: "integer", nullable: true })
  // ranges and sorts on the start year, the commonest question of a dashboard
  @Index()
  startYear!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "How long one round lasts for a participant, in the sources' words (e.g. `6-9 maanden`).",
  })
  @Property({ type: "string", length: 100, nullable: true })
  durationText!: string | null;

  @Field(() => Int, { nullable: true, description: "Shortest duration of one round, in months." })
  @Property({ type: "integer", nullable: true })
  durationMinMonths!: number | null;

  @Field(() => Int, { nullable: true, description: "Longest duration of one round, in months." })
  @Property({ type: "integer", nullable: true })
  durationMaxMonths!: number | null;

  @Field(() => Int, { nullable: true, description: "How many participants took part so far (e.g. 45 for the DUO-project)." })
  @Property({ type: "integer", nullable: true })
  reachCount!: number | null;

  @Field({ description: "True when `reachCount` is an approximation in the sources (`zo'n`, `ongeveer`)." })
  @Property({ type: "boolean", default: false })
  reachApproximate!: boolean;

  @Field(() => String, { nullable: true, description: "Who `reachCount` counts, e.g. `(h)aios`." })
  @Property({ type: "string", length: 200, nullable: true })
  reachDescription!: string | null;

  @Field(() => Int, { nullable: true, description: "Year from which `reachCount` counts." })
  @Property({ type: "integer", nullable: true })
  reachSinceYear!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Choices made when this entry was taken from the sources, where the text was ambiguous.",
  })
  @Property({ type: "text", nullable: true })
  sourceNotes!: string | null;
}
