import { registerEnumType } from "type-graphql";
import type { NodeTypeName } from "../relay/global-id";

/** The node types graph queries walk through, as a GraphQL enum. */
export enum GraphNodeType {
  PROGRAMME = "Programme",
  EXPERIMENT = "Experiment",
  INSTITUTION = "Institution",
  REGION = "Region",
  SPECIALTY = "Specialty",
  PERSON = "Person",
  CARE_TRANSITION = "CareTransition",
}
registerEnumType(GraphNodeType, {
  name: "GraphNodeType",
  description: "A node type the graph queries (`neighbourhood`, `shortestPath`) can walk through.",
  valuesConfig: {
    PROGRAMME: { description: "Programmes." },
    EXPERIMENT: { description: "Experiments and initiatives." },
    INSTITUTION: { description: "Institutions, their locations and departments." },
    REGION: { description: "Training regions (OOR)." },
    SPECIALTY: { description: "Specialties and professions." },
    PERSON: { description: "People." },
    CARE_TRANSITION: { description: "Care transitions." },
  },
});

export const ALL_GRAPH_NODE_TYPES = Object.values(GraphNodeType) as NodeTypeName[];
