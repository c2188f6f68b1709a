import type { NodeTypeName } from "../relay/global-id";
import { CareTransition } from "./care-transition.entity";
import { Deliverable } from "./deliverable.entity";
import { Experiment } from "./experiment.entity";
import { Factor } from "./factor.entity";
import { Institution } from "./institution.entity";
import { LearningActivity } from "./learning-activity.entity";
import { Person } from "./person.entity";
import { Programme } from "./programme.entity";
import { Quote } from "./quote.entity";
import { Region } from "./region.entity";
import { Specialty } from "./specialty.entity";

/** The entity behind each node type of the schema. */
export const nodeEntities: Record<NodeTypeName, new () => object> = {
  Programme,
  Experiment,
  Institution,
  Region,
  Specialty,
  Person,
  CareTransition,
  LearningActivity,
  Deliverable,
  Factor,
  Quote,
};

export function nodeTypeOf(entity: abstract new () => object): NodeTypeName | undefined {
  return (Object.keys(nodeEntities) as NodeTypeName[]).find((name) => nodeEntities[name] === entity);
}
