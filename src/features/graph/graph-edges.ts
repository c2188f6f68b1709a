import { registerEnumType } from "type-graphql";
import { NODE_CATALOGUE, NODE_TYPE_NAMES, nodeEntities, nodeTypeOf, type NodeTypeName } from "../../catalogue/node-types";
import { EDGES, REFERENCES } from "../../catalogue/relations";
import { entityMetadata } from "../../catalogue/entity-metadata";
import { GraphEdgeKind } from "../../catalogue/graph-edge-kind";
import { type EntityClass } from "../../catalogue/catalogue.types";

export { GraphEdgeKind };

/** One relation of the graph as SQL: rows of `table` link `source` (column) to `target` (column). */
export interface GraphRelation {
  kind: GraphEdgeKind;
  table: string;
  source: { type: NodeTypeName; column: string };
  target: { type: NodeTypeName; column: string };
  /**
   * For a reference (a column of the source's own row), the target's table. The source stays visible when the
   * node it points to is hidden (an archived parent institution), so a walk towards the target checks it is
   * there; an edge row is hidden with either of its ends.
   */
  targetTable?: string;
}

const nodeType = (entity: EntityClass) => {
  const type = nodeTypeOf(entity);
  if (!type) throw new Error(`A graph edge ends at ${entity.name}, which is no node type`);
  return type;
};

/** The graph edges, derived from the relations of the catalogue that declare one, in the order of the kinds. */
function deriveGraphRelations(): Array<GraphRelation & { description: string }> {
  const metadata = entityMetadata();
  const property = (entity: EntityClass, key: string) =>
    metadata.get(entity.name).properties[key as never] as { fieldNames: string[]; type: string };
  const relations: Array<GraphRelation & { description: string }> = [];
  for (const reference of REFERENCES) {
    if (!reference.graphEdge) continue;
    const key = property(reference.child, reference.key);
    relations.push({
      kind: reference.graphEdge.kind,
      description: reference.graphEdge.description,
      table: metadata.get(reference.child.name).tableName,
      source: { type: nodeType(reference.child), column: "pk" },
      target: { type: nodeType(metadata.get(key.type).class as EntityClass), column: key.fieldNames[0]! },
      targetTable: metadata.get(key.type).tableName,
    });
  }
  for (const edge of EDGES) {
    if (!edge.graphEdge) continue;
    const from = edge.ends.find((end) => end.key === edge.graphEdge!.from)!;
    const to = edge.ends.find((end) => end !== from)!;
    const end = (key: string) => {
      const prop = property(edge.edge, key);
      return { type: nodeType(metadata.get(prop.type).class as EntityClass), column: prop.fieldNames[0]! };
    };
    relations.push({
      kind: edge.graphEdge.kind,
      description: edge.graphEdge.description,
      table: metadata.get(edge.edge.name).tableName,
      source: end(from.key),
      target: end(to.key),
    });
  }
  const order = Object.values(GraphEdgeKind);
  // the enum orders the kinds; the relations give them meaning: each kind is declared by exactly one relation
  const declared = relations.map((relation) => relation.kind);
  const unmatched = order.filter((kind) => declared.filter((other) => other === kind).length !== 1);
  if (unmatched.length > 0)
    throw new Error(`Each GraphEdgeKind needs exactly one relation declaring it (catalogue/relations.ts): ${unmatched.join(", ")}`);
  return relations.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

const derived = deriveGraphRelations();

/** The relations graph queries walk. Edges are undirected for walking; `kind` keeps their meaning. */
export const GRAPH_RELATIONS: GraphRelation[] = derived.map(({ description: _description, ...relation }) => relation);

registerEnumType(GraphEdgeKind, {
  name: "GraphEdgeKind",
  description: "The relation a graph edge stands for; `source` and `target` follow the direction given here.",
  valuesConfig: Object.fromEntries(
    derived.map((r) => [r.kind, { description: `${r.source.type} -> ${r.target.type}${r.description ? `: ${r.description}` : "."}` }]),
  ),
});

/** Node types the graph queries can visit, in the catalogue's order. */
export const GRAPH_NODE_TYPES: NodeTypeName[] = NODE_TYPE_NAMES.filter((type) =>
  derived.some((r) => r.source.type === type || r.target.type === type),
);

/** The table a graph node type's rows are in. */
export function graphNodeTable(type: NodeTypeName): string {
  return entityMetadata().get(nodeEntities[type].name).tableName;
}

const enumKey = (type: string) => type.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** The node types graph queries walk through, as a GraphQL enum (`CARE_TRANSITION` -> `CareTransition`). */
export const GraphNodeType = Object.fromEntries(GRAPH_NODE_TYPES.map((type) => [enumKey(type), type])) as Record<string, NodeTypeName>;
export type GraphNodeType = NodeTypeName;

registerEnumType(GraphNodeType, {
  name: "GraphNodeType",
  description: "A node type the graph queries (`neighbourhood`, `shortestPath`) can walk through.",
  valuesConfig: Object.fromEntries(GRAPH_NODE_TYPES.map((type) => [enumKey(type), { description: NODE_CATALOGUE[type].collection }])),
});
