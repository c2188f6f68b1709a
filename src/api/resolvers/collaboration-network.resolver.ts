import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../request/context";
import { userError } from "../../platform/errors";
import { CollaborationNetwork } from "../../features/graph/collaboration-network.type";
import { NetworkFilter } from "../../features/graph/network-filter.input";
import { participationCte } from "../../features/graph/participation.sql";
import { EXPERIMENTS_PER_EDGE } from "../../features/graph/collaboration-network.type";

const MAX_EDGES = 5000;

@Resolver(() => CollaborationNetwork)
export class CollaborationNetworkResolver {
  @Query(() => CollaborationNetwork, {
    description: `The collaboration network: institutions as nodes, an edge wherever two take part in the same experiment, weighted by how many and listing which. One SQL statement for the edges, one per kind of node asked for.

Example: \`collaborationNetwork(filter: { regionId: "<OOR Leiden's id>" }) { nodes { name } edges { weight source { name } target { name } experiments { title } } }\``,
  })
  async collaborationNetwork(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which institutions and experiments count." })
    filter: NetworkFilter | null,
    @Arg("minWeight", () => Int, { defaultValue: 1, description: "Leave out edges lighter than this." }) minWeight: number,
    @Arg("maxEdges", () => Int, { defaultValue: 500, description: `Return at most this many edges, heaviest first (1 to ${MAX_EDGES}).` })
    maxEdges: number,
    @Ctx() ctx: AppContext,
  ): Promise<CollaborationNetwork> {
    if (!Number.isInteger(maxEdges) || maxEdges < 1 || maxEdges > MAX_EDGES)
      throw userError(`\`maxEdges\` must be between 1 and ${MAX_EDGES}, got ${maxEdges}.`, { argumentName: "maxEdges" });
    if (minWeight < 1) throw userError(`\`minWeight\` must be at least 1, got ${minWeight}.`, { argumentName: "minWeight" });
    const participation = participationCte(filter);
    const rows = await ctx.sql.raw(
      `with ${participation.sql}, pairs as (
         select a."institution_pk" as source, b."institution_pk" as target, count(*)::int as weight,
                (array_agg(a."experiment_pk" order by a."experiment_pk"))[1:${EXPERIMENTS_PER_EDGE}] as experiments
           from participation a
           join participation b on b."experiment_pk" = a."experiment_pk" and b."institution_pk" > a."institution_pk"
          group by 1, 2
         having count(*) >= ?
       )
       select source, target, weight, experiments, count(*) over ()::int as total
         from pairs order by weight desc, source, target limit ?`,
      [...participation.params, minWeight, maxEdges],
    );
    const edges = rows.map((row) => ({
      sourcePk: row.source,
      targetPk: row.target,
      weight: row.weight,
      experimentPks: row.experiments.map(Number),
    }));
    return { edges, nodePks: [...new Set(edges.flatMap((edge) => [edge.sourcePk, edge.targetPk]))], totalEdgeCount: rows[0]?.total ?? 0 };
  }
}
