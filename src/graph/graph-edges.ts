import { registerEnumType } from "type-graphql";
import type { NodeTypeName } from "../relay/global-id";

export enum GraphEdgeKind {
  PARTICIPATES_IN = "PARTICIPATES_IN",
  INVOLVED_IN = "INVOLVED_IN",
  TAKES_PART_IN = "TAKES_PART_IN",
  ADDRESSED_BY = "ADDRESSED_BY",
  AFFILIATED_WITH = "AFFILIATED_WITH",
  PRACTISES = "PRACTISES",
  PART_OF = "PART_OF",
  IN_REGION = "IN_REGION",
  IN_PROGRAMME = "IN_PROGRAMME",
}
registerEnumType(GraphEdgeKind, {
  name: "GraphEdgeKind",
  description: "The relation a graph edge stands for; `source` and `target` follow the direction given here.",
  valuesConfig: {
    PARTICIPATES_IN: { description: "Institution -> Experiment: the institution takes part (any role)." },
    INVOLVED_IN: { description: "Person -> Experiment: the person plays a part (any role)." },
    TAKES_PART_IN: { description: "Specialty -> Experiment: the specialty takes part (any level)." },
    ADDRESSED_BY: { description: "CareTransition -> Experiment: the experiment addresses the transition." },
    AFFILIATED_WITH: { description: "Person -> Institution: an affiliation." },
    PRACTISES: { description: "Person -> Specialty: the person's profession." },
    PART_OF: { description: "Institution -> Institution: a location or department of its parent." },
    IN_REGION: { description: "Institution -> Region." },
    IN_PROGRAMME: { description: "Experiment -> Programme." },
  },
});

/** One relation of the graph as SQL: rows of `table` link `source` (column) to `target` (column). */
export interface GraphRelation {
  kind: GraphEdgeKind;
  table: string;
  source: { type: NodeTypeName; column: string };
  target: { type: NodeTypeName; column: string };
}

/** The relations graph queries walk. Edges are undirected for walking; `kind` keeps their meaning. */
export const GRAPH_RELATIONS: GraphRelation[] = [
  { kind: GraphEdgeKind.PARTICIPATES_IN, table: "experiment_institution", source: { type: "Institution", column: "institution_pk" }, target: { type: "Experiment", column: "experiment_pk" } },
  { kind: GraphEdgeKind.INVOLVED_IN, table: "experiment_person", source: { type: "Person", column: "person_pk" }, target: { type: "Experiment", column: "experiment_pk" } },
  { kind: GraphEdgeKind.TAKES_PART_IN, table: "experiment_specialty", source: { type: "Specialty", column: "specialty_pk" }, target: { type: "Experiment", column: "experiment_pk" } },
  { kind: GraphEdgeKind.ADDRESSED_BY, table: "experiment_care_transition", source: { type: "CareTransition", column: "care_transition_pk" }, target: { type: "Experiment", column: "experiment_pk" } },
  { kind: GraphEdgeKind.AFFILIATED_WITH, table: "affiliation", source: { type: "Person", column: "person_pk" }, target: { type: "Institution", column: "institution_pk" } },
  { kind: GraphEdgeKind.PRACTISES, table: "person", source: { type: "Person", column: "pk" }, target: { type: "Specialty", column: "profession_pk" } },
  { kind: GraphEdgeKind.PART_OF, table: "institution", source: { type: "Institution", column: "pk" }, target: { type: "Institution", column: "part_of_pk" } },
  { kind: GraphEdgeKind.IN_REGION, table: "institution", source: { type: "Institution", column: "pk" }, target: { type: "Region", column: "region_pk" } },
  { kind: GraphEdgeKind.IN_PROGRAMME, table: "experiment", source: { type: "Experiment", column: "pk" }, target: { type: "Programme", column: "programme_pk" } },
];

/** Node types the graph queries can visit. */
export const GRAPH_NODE_TYPES: NodeTypeName[] = [...new Set(GRAPH_RELATIONS.flatMap((r) => [r.source.type, r.target.type]))];
