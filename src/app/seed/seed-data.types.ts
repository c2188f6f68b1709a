import type { CareSetting, TransitionKind } from "../../model/entities/care-transition.entity";
import type { DeliverableKind, DeliverableStatus } from "../../model/entities/deliverable.entity";
import type { CollaborationDomain, ExperimentKind, ExperimentStatus } from "../../model/entities/experiment.entity";
import type { InstitutionRole } from "../../model/entities/experiment-institution.entity";
import type { PersonRole } from "../../model/entities/experiment-person.entity";
import type { ExperimentRelationKind } from "../../model/entities/experiment-relation.entity";
import type { ParticipantLevel } from "../../model/entities/experiment-specialty.entity";
import type { FactorKind } from "../../model/entities/factor.entity";
import type { InstitutionType } from "../../model/entities/institution.entity";
import type { LearningActivityType } from "../../model/entities/learning-activity.entity";
import type { ReferenceKind } from "../../model/entities/reference.entity";
import type { CodeSystem, SpecialtyCategory } from "../../model/entities/specialty.entity";
import type { SourceKey } from "../../model/provenance/sources";

/** Seed rows refer to each other by slug; the seeder turns slugs into keys. */
export type Slug = string;

/**
 * Where a seed record comes from: the source text that states it, and what of it is inferred rather than
 * stated, and why. A record without a source must say why it is there (`inferred`); the seeder refuses
 * one with neither.
 */
export interface SeedProvenance {
  source?: SourceKey;
  inferred?: string;
}

export interface RegionSeed extends SeedProvenance {
  slug: Slug;
  name: string;
  shortName?: string;
  description: string;
}

export interface InstitutionSeed extends SeedProvenance {
  slug: Slug;
  name: string;
  shortName?: string;
  type: InstitutionType;
  partOf?: Slug;
  region?: Slug;
  city?: string;
  emailDomain?: string;
  description?: string;
}

export interface SpecialtySeed extends SeedProvenance {
  slug: Slug;
  name: string;
  nameEn: string;
  practitionerName: string;
  category: SpecialtyCategory;
  code: string;
  codeSystem: CodeSystem;
  /** False when the code could not be confirmed from a public source. */
  codeVerified: boolean;
  /** The practitioner's UZI role code, where the profession has one. */
  practitionerRoleCode?: string;
}

export interface PersonSeed extends SeedProvenance {
  slug: Slug;
  name: string;
  professionTitle?: string;
  profession?: Slug;
  email?: string;
  affiliations: Array<{ institution: Slug; position: string; note?: string; inferred?: string }>;
}

export interface CareTransitionSeed extends SeedProvenance {
  slug: Slug;
  kind: TransitionKind;
  fromSetting: CareSetting;
  toSetting: CareSetting;
  name: string;
}

export interface FactorSeed {
  kind: FactorKind;
  text: string;
}

export interface DeliverableSeed {
  kind: DeliverableKind;
  title: string;
  description?: string;
  status: DeliverableStatus;
  targetYear?: number;
}

export interface ReferenceSeed {
  kind: ReferenceKind;
  title: string;
  publisher?: string;
  year?: number;
  seriesNumber?: string;
}

export interface ProgrammeSeed extends SeedProvenance {
  slug: Slug;
  name: string;
  owner: Slug;
  contact?: Slug;
  summary: string;
  aims: string[];
  minimumSpecialtiesPerExperiment?: number;
  lessonsLearnedDue?: string;
  lessonsLearnedDueDate?: string;
  deliverables: DeliverableSeed[];
  factors: FactorSeed[];
  references: ReferenceSeed[];
}

export interface LearningActivitySeed {
  type: LearningActivityType;
  name: string;
  description?: string;
  institution?: Slug;
  sequence?: number;
  durationText?: string;
  durationMinMinutes?: number;
  durationMaxMinutes?: number;
  countMin?: number;
  countMax?: number;
  countApproximate?: boolean;
}

/** An experiment's records (its edges, activities, quotes, outputs) come from its source, each may say what of it is inferred. */
export interface ExperimentSeed extends SeedProvenance {
  slug: Slug;
  programme?: Slug;
  kind: ExperimentKind;
  number?: number;
  acronym?: string;
  title: string;
  subtitle?: string;
  summary?: string;
  careTheme?: string;
  patientGroup?: string;
  domains: CollaborationDomain[];
  goals: string[];
  buildsOn?: string;
  results?: string;
  nextSteps?: string[];
  status: ExperimentStatus;
  startYear?: number;
  durationText?: string;
  durationMinMonths?: number;
  durationMaxMonths?: number;
  reachCount?: number;
  reachApproximate?: boolean;
  reachDescription?: string;
  reachSinceYear?: number;
  /** Choices made where the source text was ambiguous; served as `sourceNotes`. */
  sourceNotes?: string;
  institutions: Array<{ institution: Slug; role: InstitutionRole; note?: string; inferred?: string }>;
  people: Array<{ person: Slug; role: PersonRole; note?: string; inferred?: string }>;
  specialties: Array<{ specialty: Slug; level: ParticipantLevel; note?: string; inferred?: string }>;
  careTransitions: Array<{ careTransition: Slug; note?: string; inferred?: string }>;
  relatedExperiments: Array<{ experiment: Slug; kind: ExperimentRelationKind }>;
  learningActivities: LearningActivitySeed[];
  deliverables: DeliverableSeed[];
  factors: FactorSeed[];
  quotes: Array<{ person: Slug; text: string; topic?: string }>;
  references: ReferenceSeed[];
}
