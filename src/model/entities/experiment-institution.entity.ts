import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Experiment } from "./experiment.entity";
import { Institution } from "./institution.entity";
import { ViewedRow } from "../viewed-row";

export enum InstitutionRole {
  LEAD = "LEAD",
  TEST_LOCATION = "TEST_LOCATION",
  PARTNER = "PARTNER",
  RESEARCH = "RESEARCH",
}
registerEnumType(InstitutionRole, {
  name: "InstitutionRole",
  description: "The part an institution plays in an experiment.",
  valuesConfig: {
    LEAD: {
      description: "Runs the experiment (its contact person works there, or the sources name it as the one whose practice is enlarged).",
    },
    TEST_LOCATION: { description: "Where the experiment takes place (testlocatie, leerwerksituatie)." },
    PARTNER: { description: "Takes part or joins forces without leading." },
    RESEARCH: { description: "Does the research of the experiment." },
  },
});

@ObjectType({ simpleResolvers: true, description: "An institution's part in an experiment (an edge between Experiment and Institution)." })
@ViewedRow()
@Entity({ tableName: "experiment_institution" })
@Unique({ properties: ["experiment", "institution", "role"] })
export class ExperimentInstitution {
  @PrimaryKey({ type: "integer" })
  pk!: number;

  @ManyToOne(() => Experiment, { deleteRule: "cascade" })
  experiment!: Experiment;

  @ManyToOne(() => Institution, { deleteRule: "restrict", index: true })
  institution!: Institution;

  @Field(() => InstitutionRole, { description: "Lead, test location, partner or research." })
  @Enum({ items: () => InstitutionRole })
  role!: InstitutionRole;

  @Field(() => String, { nullable: true, description: "What the sources say about this part, e.g. `tweede testlocatie`." })
  @Property({ type: "text", nullable: true })
  note!: string | null;
}
