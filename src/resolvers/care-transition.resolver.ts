import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { CareTransition } from "../entities/care-transition.entity";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentCareTransition } from "../entities/experiment-care-transition.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { CareTransitionsArgs } from "./care-transitions.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const CareTransitionConnection = ConnectionType(CareTransition, "CareTransition");

@Resolver(() => CareTransition)
export class CareTransitionResolver {
  @Query(() => CareTransition, { nullable: true, description: "One care transition by `id` or `slug` (e.g. `referral-primary-care-hospital`); null when there is none." })
  careTransition(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, CareTransition, "CareTransition", args);
  }

  @Query(() => CareTransitionConnection, { description: "Care transitions, filtered and paged." })
  careTransitions(@Args() args: CareTransitionsArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(args.kind, (kind) => [`t."kind" = ?`, kind])
      .when(args.fromSetting, (setting) => [`t."from_setting" = ?`, setting])
      .when(args.toSetting, (setting) => [`t."to_setting" = ?`, setting])
      .when(experimentPk, (pk) => [`exists (select 1 from "experiment_care_transition" ec where ec."care_transition_pk" = t."pk" and ec."experiment_pk" = ?)`, pk]);
    return fetchPage(ctx, CareTransition, where, args);
  }
}
