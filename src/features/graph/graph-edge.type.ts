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
  kind: GraphEdgeKind;

  sourceRef: GraphNodeRef;
  targetRef: GraphNodeRef;

  constructor(edge: WalkedEdge) {
    this.kind = edge.kind;
    this.sourceRef = edge.source;
    this.targetRef = edge.target;
  }

  @Field(() => ID, { description: "Id of the source node." })
  get sourceId(): string {
    return globalIdOf(this.sourceRef);
  }

  @Field(() => ID, { description: "Id of the target node." })
  get targetId(): string {
    return globalIdOf(this.targetRef);
  }
}

// a walk makes one object per node, shared by its edges: each node's id is encoded once, when asked for
const globalIds = new WeakMap<GraphNodeRef, string>();

function globalIdOf(node: GraphNodeRef): string {
  let id = globalIds.get(node);
  if (id === undefined) globalIds.set(node, (id = toGlobalId(node.type, node.pk)));
  return id;
}

export function toGraphEdge(edge: WalkedEdge): GraphEdge {
  return new GraphEdge(edge);
}
