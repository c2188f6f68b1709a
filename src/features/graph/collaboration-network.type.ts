import { Field, Int, ObjectType } from "type-graphql";
import { Experiment } from "../../model/entities/experiment.entity";
import { Institution } from "../../model/entities/institution.entity";
import { ReferencedNode } from "../../sql/node-references";

/** The experiments a collaboration edge lists at most. */
export const EXPERIMENTS_PER_EDGE = 20;
/** The experiments a partner lists at most. */
export const EXPERIMENTS_PER_PARTNER = 20;

@ObjectType({ simpleResolvers: true, description: "Two institutions that take part in the same experiments; the weight is how many." })
export class CollaborationEdge {
  @Field(() => Int, { description: "Number of experiments both take part in (within the filter)." })
  weight!: number;

  @ReferencedNode("source", () => Institution, { description: "One institution (the one with the lower internal key)." })
  sourcePk!: number;

  @ReferencedNode("target", () => Institution, { description: "The other institution." })
  targetPk!: number;

  @ReferencedNode("experiments", () => Experiment, {
    many: true,
    maxItems: EXPERIMENTS_PER_EDGE,
    description: `The experiments both take part in (at most ${EXPERIMENTS_PER_EDGE}; \`weight\` has the count).`,
  })
  experimentPks!: number[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Institutions as nodes, an edge wherever two take part in the same experiment, weighted by how many.",
})
export class CollaborationNetwork {
  @Field(() => [CollaborationEdge], { description: "The edges, heaviest first." })
  edges!: CollaborationEdge[];

  @Field(() => Int, { description: "Number of edges in the whole network; more than `edges` holds when `maxEdges` cut it off." })
  totalEdgeCount!: number;

  @ReferencedNode("nodes", () => Institution, { many: true, description: "The institutions at either end of the returned edges." })
  nodePks!: number[];
}

@ObjectType({
  simpleResolvers: true,
  description: "An institution that takes part in experiments with another one: its side of a collaboration edge.",
})
export class CollaborationPartner {
  @Field(() => Int, { description: "Number of experiments both take part in (within the filter)." })
  weight!: number;

  @ReferencedNode("institution", () => Institution, { description: "The partner institution." })
  institutionPk!: number;

  @ReferencedNode("experiments", () => Experiment, {
    many: true,
    maxItems: EXPERIMENTS_PER_PARTNER,
    description: `The experiments both take part in (at most ${EXPERIMENTS_PER_PARTNER}; \`weight\` has the count).`,
  })
  experimentPks!: number[];
}
