import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { Region } from "./region.entity";
import { concatenated, SearchIndexed, weighted } from "../search-documents";
import { ViewedRow } from "../viewed-row";

export enum InstitutionType {
  UMC = "UMC",
  UMC_LOCATION = "UMC_LOCATION",
  GENERAL_HOSPITAL = "GENERAL_HOSPITAL",
  HOSPITAL_DEPARTMENT = "HOSPITAL_DEPARTMENT",
  ELDERLY_CARE_ORGANISATION = "ELDERLY_CARE_ORGANISATION",
  GP_TRAINING_INSTITUTE = "GP_TRAINING_INSTITUTE",
  ACADEMY = "ACADEMY",
  RESEARCH_GROUP = "RESEARCH_GROUP",
  CARE_NETWORK = "CARE_NETWORK",
  PROFESSIONAL_BODY = "PROFESSIONAL_BODY",
  COMPANY = "COMPANY",
}
registerEnumType(InstitutionType, {
  name: "InstitutionType",
  description: "What kind of organisation an institution is.",
  valuesConfig: {
    UMC: { description: "University medical centre (umc)." },
    UMC_LOCATION: { description: "A location of a UMC, e.g. Amsterdam UMC locatie VUmc." },
    GENERAL_HOSPITAL: { description: "General or top-clinical hospital." },
    HOSPITAL_DEPARTMENT: { description: "A department, ward or centre inside a hospital, e.g. an emergency department (SEH)." },
    ELDERLY_CARE_ORGANISATION: { description: "Elderly-care organisation (VVT), employer of elderly-care physicians." },
    GP_TRAINING_INSTITUTE: { description: "GP training institute (huisartsenopleiding)." },
    ACADEMY: { description: "A hospital's training academy, e.g. HagaAcademie." },
    RESEARCH_GROUP: { description: "A research group or academic department." },
    CARE_NETWORK: { description: "A regional care network around a patient group." },
    PROFESSIONAL_BODY: { description: "Professional or umbrella body, e.g. Federatie Medisch Specialisten." },
    COMPANY: { description: "A private company or consultancy." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "An organisation in the network: a UMC and its locations, a hospital and its departments, an elderly-care organisation, a training institute or academy, a professional body.",
})
@SearchIndexed({
  description: "Institutions (name, short name, city).",
  vector: concatenated(weighted("A", "name"), weighted("A", "short_name"), weighted("B", "city")),
  snippetText: `concat_ws(' — ', t."name", t."city")`,
  fuzzyText: `ipo_unaccent(lower(t."name"))`,
})
@ViewedRow()
@Entity({ tableName: "institution" })
@Index({ properties: ["name", "pk"] })
export class Institution extends NodeEntity {
  @Field({ description: "Full name as used in the sources, e.g. `Leids Universitair Medisch Centrum`." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name, e.g. `LUMC`." })
  @Property({ type: "string", length: 60, nullable: true })
  shortName!: string | null;

  @Field(() => InstitutionType, { description: "What kind of organisation this is." })
  @Enum({ items: () => InstitutionType })
  type!: InstitutionType;

  @ManyToOne(() => Institution, { nullable: true, deleteRule: "restrict", index: true })
  partOf!: Institution | null;

  @ManyToOne(() => Region, { nullable: true, deleteRule: "restrict", index: true })
  region!: Region | null;

  @Field(() => String, { nullable: true, description: "City of the main site." })
  @Property({ type: "string", length: 100, nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "E-mail domain its staff use, e.g. `lumc.nl`." })
  @Property({ type: "string", length: 100, nullable: true })
  emailDomain!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "URA (UZI-register abonneenummer, OID 2.16.528.1.1007.3.3), 8 digits; null where it is not known (never guessed).",
  })
  @Property({ type: "string", length: 8, nullable: true })
  ura!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "AGB code (Vektis, OID 2.16.840.1.113883.2.4.6.1), 8 digits; null where it is not known (never guessed).",
  })
  @Property({ type: "string", length: 8, nullable: true })
  agb!: string | null;

  @Field(() => String, { nullable: true, description: "Notes on this institution and on the choices made when it was entered." })
  @Property({ type: "text", nullable: true })
  description!: string | null;
}
