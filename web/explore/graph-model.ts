// The explorer's graph (graphology): built from what the API answers, and styled from node attributes.
import Graph from "graphology";
import { t, type Word } from "./i18n";

/** A node as the explorer's queries return it (the `GraphNode` fragment). */
export interface ApiNode {
  __typename: string;
  id: string;
  name?: string;
  shortName?: string | null;
  title?: string;
  acronym?: string | null;
  type?: string;
  kind?: string;
  region?: { id: string; name: string } | null;
}

export interface NodeAttributes {
  label: string;
  fullLabel: string;
  typename: string;
  institutionType: string | null;
  regionId: string | null;
  regionName: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
  fixed?: boolean;
}

export interface EdgeAttributes {
  weight: number;
  kind: string;
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export const TYPE_WORDS: Record<string, Word> = {
  Institution: "typeInstitution",
  Experiment: "typeExperiment",
  Person: "typePerson",
  Specialty: "typeSpecialty",
  CareTransition: "typeCareTransition",
  Region: "typeRegion",
  Programme: "typeProgramme",
  Quote: "typeQuote",
};

/** Okabe-Ito and Tol's colour-blind safe colours, then a few more. */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#882255",
  "#117733",
  "#AA4499",
  "#44AA99",
  "#999933",
  "#332288",
  "#DDCC77",
  "#6F6F6F",
];

export function fullLabelOf(node: ApiNode): string {
  return node.name ?? node.title ?? node.id;
}

export function labelOf(node: ApiNode): string {
  const label = node.shortName ?? node.acronym ?? fullLabelOf(node);
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}

export function typeLabel(typename: string): string {
  const word = TYPE_WORDS[typename];
  return word ? t(word) : typename;
}

function attributesOf(node: ApiNode, x: number, y: number): NodeAttributes {
  return {
    label: labelOf(node),
    fullLabel: fullLabelOf(node),
    typename: node.__typename,
    institutionType: node.type ?? null,
    regionId: node.region?.id ?? null,
    regionName: node.region?.name ?? null,
    x,
    y,
    size: 6,
    color: PALETTE[0],
  };
}

/**
 * The collaboration network, first placed on a circle per region (so the first picture already groups
 * them; ForceAtlas2 then refines it in a worker). Places are derived from ids, so a reload looks the same.
 */
export function collaborationGraph(network: {
  nodes: ApiNode[];
  edges: Array<{ weight: number; source: { id: string }; target: { id: string } }>;
}): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: "undirected", multi: false });
  const byRegion = new Map<string, ApiNode[]>();
  for (const node of [...network.nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = node.region?.id ?? "";
    byRegion.set(key, [...(byRegion.get(key) ?? []), node]);
  }
  const groups = [...byRegion.values()];
  groups.forEach((members, group) => {
    const centreAngle = (2 * Math.PI * group) / groups.length;
    const centre = groups.length > 1 ? { x: 4 * Math.cos(centreAngle), y: 4 * Math.sin(centreAngle) } : { x: 0, y: 0 };
    members.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / members.length;
      const radius = 1 + Math.sqrt(members.length) / 2;
      graph.addNode(node.id, attributesOf(node, centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)));
    });
  });
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source.id) || !graph.hasNode(edge.target.id)) continue;
    graph.mergeEdge(edge.source.id, edge.target.id, { weight: edge.weight, kind: "COLLABORATES", size: 1, color: "#b8bcc6" });
  }
  return graph;
}

/** An empty graph for "everything around a node". */
export function emptyGraph(): ExplorerGraph {
  return new Graph({ type: "undirected", multi: false });
}

/**
 * Adds nodes and edges (a neighbourhood, a path) without moving what is there: new nodes start on a small
 * circle around `near` (the node that was opened), or around the centre of the picture. Returns the new ids.
 */
export function addNodes(
  graph: ExplorerGraph,
  nodes: ApiNode[],
  edges: Array<{ sourceId: string; targetId: string; kind: string }>,
  near: string | null,
): string[] {
  const fresh = nodes.filter((node) => !graph.hasNode(node.id));
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  fresh.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, fresh.length) + hashAngle(node.id);
    const radius = graph.order === 0 ? 0 : 1.5;
    graph.addNode(node.id, attributesOf(node, anchor.x + radius * Math.cos(angle), anchor.y + radius * Math.sin(angle)));
  });
  for (const edge of edges) {
    if (edge.sourceId === edge.targetId || !graph.hasNode(edge.sourceId) || !graph.hasNode(edge.targetId)) continue;
    if (!graph.hasEdge(edge.sourceId, edge.targetId))
      graph.addEdge(edge.sourceId, edge.targetId, { weight: 1, kind: edge.kind, size: 1, color: "#b8bcc6" });
  }
  return fresh.map((node) => node.id);
}

function hashAngle(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return (hash % 360) * (Math.PI / 180) * 0.1;
}

/** Node size by degree, edge width by weight. */
export function sizeByDegree(graph: ExplorerGraph): void {
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", 4 + 2.2 * Math.sqrt(graph.degree(id))));
  graph.forEachEdge((edge, attributes) => graph.setEdgeAttribute(edge, "size", Math.min(8, 0.8 + Math.log2(1 + attributes.weight))));
}

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
}

/** Colours nodes by a key (region, institution type or node type) and returns the legend for it. */
export function colourBy(
  graph: ExplorerGraph,
  keyOf: (attributes: NodeAttributes) => string,
  labelOfKey: (key: string) => string,
  order: string[] = [],
): LegendEntry[] {
  const keys = new Set<string>();
  graph.forEachNode((_, attributes) => keys.add(keyOf(attributes)));
  const sorted = [...keys].sort((a, b) => rank(order, a) - rank(order, b) || labelOfKey(a).localeCompare(labelOfKey(b)));
  const colours = new Map(sorted.map((key, index) => [key, PALETTE[index % PALETTE.length]]));
  graph.forEachNode((id, attributes) => graph.setNodeAttribute(id, "color", colours.get(keyOf(attributes)) ?? PALETTE[0]));
  return sorted.map((key) => ({ key, label: labelOfKey(key), color: colours.get(key) ?? PALETTE[0] }));
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
