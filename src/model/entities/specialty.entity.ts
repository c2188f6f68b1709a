import { Entity, Enum, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { concatenated, SearchIndexed, weighted } from "../search-documents";
import { ViewedRow } from "../viewed-row";

export enum SpecialtyCategory {
  MEDICAL_SPECIALTY = "MEDICAL_SPECIALTY",
  GENERAL_PRACTICE = "GENERAL_PRACTICE",
  ELDERLY_CARE_MEDICINE = "ELDERLY_CARE_MEDICINE",
  HOSPITAL_MEDICINE = "HOSPITAL_MEDICINE",
  NURSING = "NURSING",
  ALLIED_HEALTH = "ALLIED_HEALTH",
  BEHAVIOURAL_SCIENCE = "BEHAVIOURAL_SCIENCE",
  EDUCATION = "EDUCATION",
}
registerEnumType(SpecialtyCategory, {
  name: "SpecialtyCategory",
  description: "Broad family a specialty or profession belongs to.",
  valuesConfig: {
    MEDICAL_SPECIALTY: { description: "A medical specialty trained through a hospital residency (medisch specialisme)." },
    GENERAL_PRACTICE: { description: "General practice (huisartsgeneeskunde)." },
    ELDERLY_CARE_MEDICINE: { description: "Elderly-care medicine (ouderengeneeskunde)." },
    HOSPITAL_MEDICINE: { description: "Hospital medicine (ziekenhuisgeneeskunde)." },
    NURSING: { description: "Nursing (verpleegkunde)." },
    ALLIED_HEALTH: { description: "Allied health professions (paramedici)." },
    BEHAVIOURAL_SCIENCE: { description: "Psychology and other behavioural sciences." },
    EDUCATION: { description: "Educational science (onderwijskunde)." },
  },
});

export enum CodeSystem {
  VEKTIS_COD016 = "VEKTIS_COD016",
  LOCAL = "LOCAL",
}
registerEnumType(CodeSystem, {
  name: "CodeSystem",
  description: "Which code list a specialty's `code` comes from.",
  valuesConfig: {
    VEKTIS_COD016: {
      description: "Vektis COD016 specialism codes (zorgverlenersspecificatie), as used in Dutch health-insurance messages.",
    },
    LOCAL: { description: "A code of IPO Graph's own (prefix `IPO-`), for professions without a public code, e.g. ziekenhuisarts." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A medical specialty or another profession that meets others in interprofessional education, with its public code where one exists.",
})
@SearchIndexed({
  description: "Specialties and professions (name, practitioner name, English name).",
  vector: concatenated(weighted("A", "name"), weighted("A", "practitioner_name"), weighted("B", "name_en")),
  snippetText: `concat_ws(' — ', t."name", t."practitioner_name")`,
  fuzzyText: `ipo_unaccent(lower(t."name"))`,
})
@ViewedRow()
@Entity({ tableName: "specialty" })
export class Specialty extends NodeEntity {
  @Field({ description: "Dutch name of the specialty or profession, e.g. `Klinische geriatrie`." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field({ description: "English name, e.g. `Clinical geriatrics`." })
  @Property({ type: "string", length: 200 })
  nameEn!: string;

  @Field({ description: "Dutch name of the practitioner, e.g. `klinisch geriater`." })
  @Property({ type: "string", length: 200 })
  practitionerName!: string;

  @Field(() => SpecialtyCategory, { description: "Broad family of the specialty." })
  @Enum({ items: () => SpecialtyCategory })
  category!: SpecialtyCategory;

  @Field({ description: "Code of the specialty in `codeSystem`, e.g. `0335`." })
  @Property({ type: "string", length: 20 })
  code!: string;

  @Field(() => CodeSystem, {
    description: "Code list `code` belongs to: a public list where one exists, LOCAL otherwise. `coding` has the list's OID.",
  })
  @Enum({ items: () => CodeSystem })
  codeSystem!: CodeSystem;

  @Field({ description: "False when `code` could not be confirmed from a public source: it is the best known, not a checked one." })
  @Property({ type: "boolean", default: true })
  codeVerified!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "UZI role code of the practitioner (CIBG, OID 2.16.840.1.113883.2.4.15.111), e.g. `01.015` for huisarts; null where the profession has none. `practitionerRole` has it as a coding.",
  })
  @Property({ type: "string", length: 10, nullable: true })
  practitionerRoleCode!: string | null;
}
