import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { hasRole, Role } from "../../model/viewer";
import type { AppContext } from "../../request/context";
import { Experiment } from "../../model/entities/experiment.entity";
import { Submission } from "../../model/entities/submission.entity";
import { listSlice } from "../../sql/list-slice";
import { isoTime } from "./iso-time";
import { type Row } from "../../catalogue/table";

/** What only editors see of an experiment (its lookups, lists and relations come from the catalogue). */
@Resolver(() => Experiment)
export class ExperimentResolver {
  @FieldResolver(() => Submission, {
    nullable: true,
    description:
      "Who proposed it through `submitInitiative` and what an editor decided: for editors only (null for others, and for entries that were not submitted).",
  })
  async submission(@Root() experiment: Row, @Ctx() ctx: AppContext) {
    if (!hasRole(ctx.viewer, Role.EDITOR)) return null;
    const [submission] = (await ctx.loaders.children(Submission, "experiment", listSlice(1)).load(experiment.pk)).rows;
    return submission ? { ...submission, submittedAt: isoTime(submission.submittedAt), decidedAt: isoTime(submission.decidedAt) } : null;
  }
}
