import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Person } from "./person.entity";
import { ViewedRow } from "../viewed-row";

export enum PersonRole {
  CONTACT = "CONTACT",
  QUOTED_EXPERT = "QUOTED_EXPERT",
  RESEARCHER = "RESEARCHER",
}
registerEnumType(PersonRole, {
  name: "PersonRole",
  description: "The part a person plays in an experiment.",
  valuesConfig: {
    CONTACT: { description: "Named as the one to contact for more information." },
    QUOTED_EXPERT: { description: "Quoted about the experiment." },
    RESEARCHER: { description: "Does or leads the research of the experiment." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A person's part in an experiment (an edge between Experiment and Person)." })
@ViewedRow()
@Entity({ tableName: "experiment_person" })
@Unique({ properties: ["experiment", "person", "role"] })
export class ExperimentPerson {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade" })
  experiment!: Experiment;

  @ManyToOne(() => Person, { deleteRule: "restrict", index: true })
  person!: Person;

  @Field(() => PersonRole, { description: "Contact, quoted expert or researcher." })
  @Enum({ items: () => PersonRole })
  role!: PersonRole;

  @Field(() => String, { nullable: true, description: "What the sources say about this part." })
  @Property({ type: "text", nullable: true })
  note!: string | null;
}
