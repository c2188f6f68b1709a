import { CareSetting, TransitionKind } from "../../../model/entities/care-transition.entity";
import type { CareTransitionSeed } from "../seed-data.types";

/** Care transitions the experiments address; shared between experiments (unique per kind, from, to). */
export const careTransitions: CareTransitionSeed[] = [
  {
    slug: "referral-primary-care-hospital",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.REFERRAL,
    fromSetting: CareSetting.PRIMARY_CARE,
    toSetting: CareSetting.HOSPITAL,
    name: "Verwijzing van de eerste lijn (huisarts) naar het ziekenhuis",
  },
  {
    slug: "back-referral-hospital-primary-care",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.BACK_REFERRAL,
    fromSetting: CareSetting.HOSPITAL,
    toSetting: CareSetting.PRIMARY_CARE,
    name: "Terugverwijzing van het ziekenhuis naar de eerste lijn (na een polibezoek)",
  },
  {
    slug: "discharge-hospital-home",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.DISCHARGE,
    fromSetting: CareSetting.HOSPITAL,
    toSetting: CareSetting.HOME,
    name: "Ontslag uit het ziekenhuis naar huis",
  },
  {
    slug: "consultation-primary-care-hospital",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.CONSULTATION,
    fromSetting: CareSetting.PRIMARY_CARE,
    toSetting: CareSetting.HOSPITAL,
    name: "Digitale consultatie van de eerste lijn bij de tweede lijn",
  },
  {
    slug: "consultation-nursing-home-emergency-department",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.CONSULTATION,
    fromSetting: CareSetting.NURSING_HOME,
    toSetting: CareSetting.EMERGENCY_DEPARTMENT,
    name: "Specialist ouderengeneeskunde vanuit een zorginstelling dienstdoende op de SEH",
  },
  {
    slug: "referral-home-hospital",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.REFERRAL,
    fromSetting: CareSetting.HOME,
    toSetting: CareSetting.HOSPITAL,
    name: "Van huis naar het ziekenhuis voor behandeling (prehabilitatie)",
  },
  {
    slug: "handover-hospital-home",
    source: "OPLEIDEN_2025_EXPERIMENTS",
    inferred: "Een zorgovergang die de tekst van het experiment beschrijft, door ons benoemd en ingedeeld.",
    kind: TransitionKind.HANDOVER,
    fromSetting: CareSetting.HOSPITAL,
    toSetting: CareSetting.HOME,
    name: "Overdracht van zorg van het ziekenhuis naar thuis (transmurale netwerkzorg)",
  },
];
