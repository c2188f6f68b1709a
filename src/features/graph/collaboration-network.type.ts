import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Two institutions that take part in the same experiments; the weight is how many." })
export class CollaborationEdge {
  sourcePk!: number;
  targetPk!: number;
  experimentPks!: number[];

  @Field(() => Int, { description: "Number of experiments both take part in (within the filter)." })
  weight!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Institutions as nodes, an edge wherever two take part in the same experiment, weighted by how many.",
})
export class CollaborationNetwork {
  nodePks!: number[];

  @Field(() => [CollaborationEdge], { description: "The edges, heaviest first." })
  edges!: CollaborationEdge[];

  @Field(() => Int, { description: "Number of edges in the whole network; more than `edges` holds when `maxEdges` cut it off." })
  totalEdgeCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "An institution that takes part in experiments with another one: its side of a collaboration edge.",
})
export class CollaborationPartner {
  institutionPk!: number;
  experimentPks!: number[];

  @Field(() => Int, { description: "Number of experiments both take part in (within the filter)." })
  weight!: number;
}
