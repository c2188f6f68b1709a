import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Programme } from "./programme.entity";
import { ViewedRow } from "../viewed-row";

export enum FactorKind {
  PROMOTING = "PROMOTING",
  HINDERING = "HINDERING",
  LESSON_LEARNED = "LESSON_LEARNED",
  OUTCOME = "OUTCOME",
}
registerEnumType(FactorKind, {
  name: "FactorKind",
  description: "Whether a factor helps, hinders, is a lesson learned or an observed outcome.",
  valuesConfig: {
    PROMOTING: { description: "Promotes interprofessional learning (bevorderende factor)." },
    HINDERING: { description: "Hinders it (belemmerende factor)." },
    LESSON_LEARNED: { description: "A lesson learned for others." },
    OUTCOME: { description: "An outcome observed so far." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A promoting or hindering factor, a lesson learned or an observed outcome of an experiment or the programme.",
})
@ViewedRow()
@Entity({ tableName: "factor" })
export class Factor extends NodeEntity {
  @ManyToOne(() => Experiment, { nullable: true, deleteRule: "cascade", index: true })
  experiment!: Experiment | null;

  @ManyToOne(() => Programme, { nullable: true, deleteRule: "cascade", index: true })
  programme!: Programme | null;

  @Field(() => FactorKind, { description: "Promoting, hindering, lesson learned or outcome." })
  @Enum({ items: () => FactorKind })
  kind!: FactorKind;

  @Field({ description: "The factor, in the sources' words (Dutch)." })
  @Property({ type: "text" })
  text!: string;
}
