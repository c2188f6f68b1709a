import { Entity, Enum, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface";
import { NodeEntity } from "./node.entity";
import { ViewedRow } from "../viewed-row";

export enum CareSetting {
  HOME = "HOME",
  PRIMARY_CARE = "PRIMARY_CARE",
  EMERGENCY_DEPARTMENT = "EMERGENCY_DEPARTMENT",
  HOSPITAL = "HOSPITAL",
  NURSING_HOME = "NURSING_HOME",
  MENTAL_HEALTH = "MENTAL_HEALTH",
  PUBLIC_HEALTH = "PUBLIC_HEALTH",
}
registerEnumType(CareSetting, {
  name: "CareSetting",
  description: "A place of care a patient moves between.",
  valuesConfig: {
    HOME: { description: "The patient's home." },
    PRIMARY_CARE: { description: "Primary care: general practice (eerste lijn)." },
    EMERGENCY_DEPARTMENT: { description: "Emergency department (SEH)." },
    HOSPITAL: { description: "Hospital care, inpatient or outpatient (tweede lijn)." },
    NURSING_HOME: { description: "Elderly care and nursing homes (VVT)." },
    MENTAL_HEALTH: { description: "Mental health care (ggz)." },
    PUBLIC_HEALTH: { description: "Public health (publieke gezondheidszorg)." },
  },
});

export enum TransitionKind {
  REFERRAL = "REFERRAL",
  BACK_REFERRAL = "BACK_REFERRAL",
  DISCHARGE = "DISCHARGE",
  HANDOVER = "HANDOVER",
  CONSULTATION = "CONSULTATION",
}
registerEnumType(TransitionKind, {
  name: "TransitionKind",
  description: "How care passes from one setting to another.",
  valuesConfig: {
    REFERRAL: { description: "Referral (verwijzing) to another setting." },
    BACK_REFERRAL: { description: "Back-referral (terugverwijzing) after a visit or treatment." },
    DISCHARGE: { description: "Discharge (ontslag) from hospital." },
    HANDOVER: { description: "Handover of care (overdracht) without a referral." },
    CONSULTATION: { description: "Advice asked across settings while care stays where it is (consultatie)." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "A transition of a patient between two care settings (e.g. GP -> hospital referral) that experiments use as a learning moment.",
})
@ViewedRow()
@Entity({ tableName: "care_transition" })
@Unique({ properties: ["kind", "fromSetting", "toSetting"] })
export class CareTransition extends NodeEntity {
  @Field(() => TransitionKind, { description: "Referral, back-referral, discharge, handover or consultation." })
  @Enum({ items: () => TransitionKind })
  kind!: TransitionKind;

  @Field(() => CareSetting, { description: "Setting the patient (or the question) comes from." })
  @Enum({ items: () => CareSetting })
  fromSetting!: CareSetting;

  @Field(() => CareSetting, { description: "Setting the patient (or the question) goes to." })
  @Enum({ items: () => CareSetting })
  toSetting!: CareSetting;

  @Field({ description: "Dutch name, e.g. `Verwijzing huisarts naar ziekenhuis`." })
  @Property({ type: "string", length: 200 })
  name!: string;
}
