import { Entity, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { Institution } from "./institution.entity";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Person } from "./person.entity";
import { ViewedRow } from "../viewed-row";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A programme that runs experiments and collects initiatives, e.g. Opleiden 2025 of the Federatie Medisch Specialisten.",
})
@ViewedRow()
@Entity({ tableName: "programme" })
export class Programme extends NodeEntity {
  @Field({ description: "Name of the programme, e.g. `Opleiden 2025`." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @ManyToOne(() => Institution, { deleteRule: "restrict", index: true })
  owner!: Institution;

  @ManyToOne(() => Person, { nullable: true, deleteRule: "set null", index: true })
  contact!: Person | null;

  @Field({ description: "What the programme does and why." })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => [String], { description: "The programme's aims, one per entry." })
  @Property({ type: "text[]" })
  aims!: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Minimum number of different specialties whose residents and professionals take part in each experiment.",
  })
  @Property({ type: "integer", nullable: true })
  minimumSpecialtiesPerExperiment!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "When the programme means to present its generic lessons learned, in the sources' words (e.g. `eind 2022`).",
  })
  @Property({ type: "string", length: 100, nullable: true })
  lessonsLearnedDue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The same moment as a date (last day of the period named), for sorting and filtering.",
  })
  @Property({ type: "date", nullable: true })
  lessonsLearnedDueDate!: string | null;
}
