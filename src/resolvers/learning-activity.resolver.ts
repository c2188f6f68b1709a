import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Experiment } from "../entities/experiment.entity";
import { Institution } from "../entities/institution.entity";
import { LearningActivity } from "../entities/learning-activity.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { LearningActivitiesArgs } from "./learning-activities.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, loadByPk, lookup } from "./relations";

export const LearningActivityConnection = ConnectionType(LearningActivity, "LearningActivity");

@Resolver(() => LearningActivity)
export class LearningActivityResolver {
  @Query(() => LearningActivity, { nullable: true, description: "One learning activity by `id` or `slug`; null when there is none." })
  learningActivity(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, LearningActivity, "LearningActivity", args);
  }

  @Query(() => LearningActivityConnection, { description: "Learning activities, filtered and paged." })
  learningActivities(@Args() args: LearningActivitiesArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const institutionPk = filterPk(args.institutionId, "Institution", "institutionId");
    const where = new Where()
      .when(args.type, (type) => [`t."type" = ?`, type])
      .when(experimentPk, (pk) => [`t."experiment_pk" = ?`, pk])
      .when(institutionPk, (pk) => [`t."institution_pk" = ?`, pk]);
    return fetchPage(ctx, LearningActivity, where, args);
  }
}
