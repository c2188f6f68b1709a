import { CareTransition } from "../entities/care-transition.entity";
import { Deliverable } from "../entities/deliverable.entity";
import { Experiment } from "../entities/experiment.entity";
import { Factor } from "../entities/factor.entity";
import { Institution } from "../entities/institution.entity";
import { LearningActivity } from "../entities/learning-activity.entity";
import { Person } from "../entities/person.entity";
import { Programme } from "../entities/programme.entity";
import { Quote } from "../entities/quote.entity";
import { Region } from "../entities/region.entity";
import { Specialty } from "../entities/specialty.entity";
import type { OrderDeclaration } from "./catalogue.types";

export interface NodeTypeDeclaration {
  entity: new () => object;
  /** What a collection of these is called in enum descriptions (graph walks): "Experiments and initiatives." */
  collection: string;
  /** Named orders of its lists; the first is the default (relation lists and connections use it). `pk` ends every order. */
  orders: Record<string, { description: string; by: OrderDeclaration }>;
}

const byName = { NAME: { description: "By name.", by: [{ property: "name" }] } };
const byKey = { CREATED: { description: "In the order they were recorded.", by: [] } };

/**
 * Every node type of the schema, declared once: its entity (fields, table, keys come from there) and how
 * its lists are ordered. Global ids, `node`/`nodes`, federation keys, lookups, the order enums and the
 * graph walks' type enum are derived from it; relations are declared in `relations.ts`.
 */
export const NODE_CATALOGUE = {
  Programme: { entity: Programme, collection: "Programmes.", orders: byName },
  Experiment: {
    entity: Experiment,
    collection: "Experiments and initiatives.",
    orders: {
      NUMBER: { description: "By experiment number; initiatives (no number) last, by title.", by: [{ property: "number", nullsLast: true }, { property: "title" }] },
      TITLE: { description: "Alphabetically by title.", by: [{ property: "title" }] },
      START_YEAR: { description: "Oldest start year first; unknown start years last.", by: [{ property: "startYear", nullsLast: true }, { property: "title" }] },
    },
  },
  Institution: { entity: Institution, collection: "Institutions, their locations and departments.", orders: byName },
  Region: { entity: Region, collection: "Training regions (OOR).", orders: byName },
  Specialty: { entity: Specialty, collection: "Specialties and professions.", orders: byName },
  Person: { entity: Person, collection: "People.", orders: byName },
  CareTransition: { entity: CareTransition, collection: "Care transitions.", orders: byKey },
  LearningActivity: {
    entity: LearningActivity,
    collection: "Learning activities.",
    orders: { SEQUENCE: { description: "By experiment, then in the order the sources give.", by: [{ property: "experiment" }, { property: "sequence", nullsLast: true }] } },
  },
  Deliverable: { entity: Deliverable, collection: "Deliverables.", orders: byKey },
  Factor: { entity: Factor, collection: "Factors and lessons learned.", orders: byKey },
  Quote: { entity: Quote, collection: "Quotes.", orders: byKey },
} satisfies Record<string, NodeTypeDeclaration>;

export type NodeTypeName = keyof typeof NODE_CATALOGUE;

/** Node type names in declaration order. */
export const NODE_TYPE_NAMES = Object.keys(NODE_CATALOGUE) as NodeTypeName[];

/** The entity behind each node type of the schema. */
export const nodeEntities = Object.fromEntries(NODE_TYPE_NAMES.map((type) => [type, NODE_CATALOGUE[type].entity])) as Record<NodeTypeName, new () => object>;

export function nodeTypeOf(entity: abstract new () => object): NodeTypeName | undefined {
  return NODE_TYPE_NAMES.find((name) => nodeEntities[name] === entity);
}

/** A type's named orders (the first is the default); entities that are no node type are listed by primary key. */
export function ordersOf(entity: abstract new () => object): Record<string, { description: string; by: OrderDeclaration }> {
  const type = nodeTypeOf(entity);
  return type ? NODE_CATALOGUE[type].orders : { CREATED: { description: "In the order they were recorded.", by: [] } };
}
