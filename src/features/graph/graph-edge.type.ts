import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../catalogue/global-id";
import { GraphEdgeKind } from "./graph-edges";
import type { GraphNodeRef, WalkedEdge } from "./graph-walk";

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
}

export function toGraphEdge(edge: WalkedEdge): GraphEdge {
  return {
    kind: edge.kind,
    sourceId: toGlobalId(edge.source.type, edge.source.pk),
    targetId: toGlobalId(edge.target.type, edge.target.pk),
    sourceRef: edge.source,
    targetRef: edge.target,
  };
}
