import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../request/context";
import { ParticipantLevel } from "../../model/entities/experiment-specialty.entity";
import { NetworkFilter } from "../../features/graph/network-filter.input";
import { filteredExperimentConditions } from "../../features/graph/network-filter.sql";
import { TransitionMatrix } from "../../features/graph/transition-matrix.type";
import { EXPERIMENTS_PER_CELL } from "../../features/graph/transition-matrix.type";

@Resolver(() => TransitionMatrix)
export class TransitionMatrixResolver {
  @Query(() => TransitionMatrix, {
    description: `Care transitions (kind, from setting, to setting) against the specialties that meet in them, with the experiments behind each cell. One SQL statement, plus one per kind of node asked for.

Example: \`transitionMatrix(filter: { domain: TRANSMURAL }) { careTransitions { kind fromSetting toSetting } specialties { name } cells { experimentCount careTransition { slug } specialty { slug } experiments { title } } }\``,
  })
  async transitionMatrix(
    @Arg("filter", () => NetworkFilter, {
      nullable: true,
      description: "Which experiments count (a region or institution type keeps experiments with such an institution).",
    })
    filter: NetworkFilter | null,
    @Arg("level", () => ParticipantLevel, { nullable: true, description: "Only count specialties taking part at this level." })
    level: ParticipantLevel | null,
    @Ctx() ctx: AppContext,
  ): Promise<TransitionMatrix> {
    const where = filteredExperimentConditions(filter).when(level, (value) => [`es."level" = ?`, value]);
    const rows = await ctx.sql.raw(
      `select ect."care_transition_pk" as transition, es."specialty_pk" as specialty, count(distinct e."pk")::int as experiments_count,
              (array_agg(distinct e."pk"))[1:${EXPERIMENTS_PER_CELL}] as experiments
         from "experiment_care_transition" ect
         join "experiment_specialty" es on es."experiment_pk" = ect."experiment_pk"
         join "experiment" e on e."pk" = ect."experiment_pk"
         ${where.toSql()}
        group by 1, 2 order by 1, 2`,
      where.params,
    );
    const cells = rows.map((row) => ({
      careTransitionPk: row.transition,
      specialtyPk: row.specialty,
      experimentCount: row.experiments_count,
      experimentPks: row.experiments.map(Number),
    }));
    return {
      cells,
      careTransitionPks: [...new Set(cells.map((cell) => cell.careTransitionPk))],
      specialtyPks: [...new Set(cells.map((cell) => cell.specialtyPk))],
    };
  }
}
