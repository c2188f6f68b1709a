import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../catalogue/global-id";
import { GraphEdgeKind } from "./graph-edges";
import type { GraphNodeRef, WalkedEdge } from "./graph-walk";
import { Node } from "../../model/entities/node.interface";

@ObjectType({
  simpleResolvers: true,
  description: "An edge between two nodes of the graph, for drawing: ids of both ends and the relation it stands for.",
})
export class GraphEdge {
  @Field(() => GraphEdgeKind, { description: "The relation, read from `source` to `target`." })
  kind!: GraphEdgeKind;

  @Field(() => ID, { description: "Id of the source node." })
  sourceId!: string;

  @Field(() => ID, { description: "Id of the target node." })
  targetId!: string;

  sourceRef!: GraphNodeRef;
  targetRef!: GraphNodeRef;

  @Field(() => Node, { description: "The source node." })
  source?: Node;

  @Field(() => Node, { description: "The target node." })
  target?: Node;
}

/** The edges of one answer; a walk makes one object per node, shared by its edges, so each node's id is encoded once. */
export function toGraphEdges(edges: readonly WalkedEdge[]): GraphEdge[] {
  const ids = new Map<GraphNodeRef, string>();
  const idOf = (node: GraphNodeRef) => {
    let id = ids.get(node);
    if (id === undefined) ids.set(node, (id = toGlobalId(node.type, node.pk)));
    return id;
  };
  return edges.map((edge) => ({
    kind: edge.kind,
    sourceId: idOf(edge.source),
    targetId: idOf(edge.target),
    sourceRef: edge.source,
    targetRef: edge.target,
  }));
}
