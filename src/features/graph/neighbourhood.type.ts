import { Field, Int, ObjectType } from "type-graphql";
import type { GraphNodeRef } from "./graph-walk";
import { GraphEdge } from "./graph-edge.type";
import { Node } from "../../model/entities/node.interface";

@ObjectType({ simpleResolvers: true, description: "A node of a neighbourhood and how many hops it is from the centre." })
export class NeighbourhoodNode {
  @Field(() => Int, { description: "Hops from the centre (0 for the centre itself)." })
  depth!: number;

  ref!: GraphNodeRef;

  @Field(() => Node, { description: "The node; ask for its fields with `... on Institution { name }` and the like." })
  node?: Node;
}

@ObjectType({
  simpleResolvers: true,
  description: "Every node within some hops of a centre node, with the edges between them: ready for a force-directed drawing.",
})
export class Neighbourhood {
  @Field(() => [NeighbourhoodNode], { description: "The nodes, centre first, then by depth." })
  nodes!: NeighbourhoodNode[];

  @Field(() => [GraphEdge], { description: "The edges between the nodes." })
  edges!: GraphEdge[];

  @Field({ description: "True when the neighbourhood had more nodes than `maxNodes` and was cut off." })
  truncated!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "A shortest path between two nodes: the nodes in order from `from` to `to`, and the edges between them.",
})
export class GraphPath {
  @Field(() => Int, { description: "Number of edges on the path." })
  length!: number;

  @Field(() => [GraphEdge], { description: "The edges on the path, in order." })
  edges!: GraphEdge[];

  refs!: GraphNodeRef[];

  @Field(() => [Node], { description: "The nodes on the path, from `from` to `to`." })
  nodes?: Node[];
}
