import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Programme } from "./programme.entity";
import { ViewedRow } from "../viewed-row";

export enum DeliverableKind {
  BLUEPRINT = "BLUEPRINT",
  GUIDE = "GUIDE",
  TOOLBOX = "TOOLBOX",
  CURRICULUM = "CURRICULUM",
  DESIGN_REQUIREMENTS = "DESIGN_REQUIREMENTS",
  PLACEMENT_DESCRIPTION = "PLACEMENT_DESCRIPTION",
  COMPETENCY_FRAMEWORK = "COMPETENCY_FRAMEWORK",
  EPA = "EPA",
  PLAN = "PLAN",
}
registerEnumType(DeliverableKind, {
  name: "DeliverableKind",
  description: "What kind of product a deliverable is.",
  valuesConfig: {
    BLUEPRINT: { description: "A blueprint (blauwdruk) others can reuse in other contexts and regions." },
    GUIDE: { description: "A guide with tips (handreiking)." },
    TOOLBOX: { description: "A toolbox with practical tips and tools." },
    CURRICULUM: { description: "Education developed for residents (onderwijs)." },
    DESIGN_REQUIREMENTS: { description: "Design requirements (ontwerpeisen)." },
    PLACEMENT_DESCRIPTION: { description: "A description of a placement (stagebeschrijving)." },
    COMPETENCY_FRAMEWORK: { description: "A set of competencies (competenties)." },
    EPA: { description: "Entrustable professional activities (EPA's)." },
    PLAN: { description: "A plan for research or scaling up." },
  },
});

export enum DeliverableStatus {
  EXISTING = "EXISTING",
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
}
registerEnumType(DeliverableStatus, {
  name: "DeliverableStatus",
  description: "Whether a deliverable exists already or is still to come.",
  valuesConfig: {
    EXISTING: { description: "Developed before the experiment; the experiment brings it together or tests it." },
    PLANNED: { description: "To be produced by the experiment." },
    IN_PROGRESS: { description: "Being worked on (wordt gewerkt aan)." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A product of an experiment or the programme: a blueprint, guide, toolbox, curriculum, design requirements...",
})
@ViewedRow()
@Entity({ tableName: "deliverable" })
export class Deliverable extends NodeEntity {
  @ManyToOne(() => Experiment, { nullable: true, deleteRule: "cascade", index: true })
  experiment!: Experiment | null;

  @ManyToOne(() => Programme, { nullable: true, deleteRule: "cascade", index: true })
  programme!: Programme | null;

  @Field(() => DeliverableKind, { description: "What kind of product it is." })
  @Enum({ items: () => DeliverableKind })
  kind!: DeliverableKind;

  @Field({ description: "Title or short description." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: "What it contains and who it is for, in the sources' words." })
  @Property({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => DeliverableStatus, { description: "Existing, planned or in progress." })
  @Enum({ items: () => DeliverableStatus })
  status!: DeliverableStatus;

  @Field(() => Int, { nullable: true, description: "Year it is due or aimed at, where the sources give one." })
  @Property({ type: "integer", nullable: true })
  targetYear!: number | null;
}
