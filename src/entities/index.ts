import { Affiliation } from "./affiliation.entity";
import { AuditEvent } from "./audit-event.entity";
import { CareTransition } from "./care-transition.entity";
import { Deliverable } from "./deliverable.entity";
import { Experiment } from "./experiment.entity";
import { ExperimentCareTransition } from "./experiment-care-transition.entity";
import { ExperimentInstitution } from "./experiment-institution.entity";
import { ExperimentPerson } from "./experiment-person.entity";
import { ExperimentRelation } from "./experiment-relation.entity";
import { ExperimentSpecialty } from "./experiment-specialty.entity";
import { Factor } from "./factor.entity";
import { Institution } from "./institution.entity";
import { LearningActivity } from "./learning-activity.entity";
import { Person } from "./person.entity";
import { Programme } from "./programme.entity";
import { Quote } from "./quote.entity";
import { Reference } from "./reference.entity";
import { Region } from "./region.entity";
import { Specialty } from "./specialty.entity";
import { Submission } from "./submission.entity";

/** Every entity MikroORM manages; listed explicitly so compiled and ts-jest runs discover the same set. */
export const entities = [
  Region,
  Institution,
  Specialty,
  Person,
  Affiliation,
  Programme,
  Experiment,
  ExperimentInstitution,
  ExperimentPerson,
  ExperimentSpecialty,
  ExperimentRelation,
  CareTransition,
  ExperimentCareTransition,
  LearningActivity,
  Deliverable,
  Factor,
  Quote,
  Reference,
  AuditEvent,
  Submission,
];
