import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Experiment } from "../entities/experiment.entity";
import { Factor } from "../entities/factor.entity";
import { Programme } from "../entities/programme.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { FactorsArgs } from "./factors.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, loadByPk, lookup } from "./relations";

export const FactorConnection = ConnectionType(Factor, "Factor");

@Resolver(() => Factor)
export class FactorResolver {
  @Query(() => Factor, { nullable: true, description: "One factor by `id` or `slug`; null when there is none." })
  factor(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Factor, "Factor", args);
  }

  @Query(() => FactorConnection, { description: "Promoting and hindering factors, lessons learned and outcomes, filtered and paged." })
  factors(@Args() args: FactorsArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(args.kind, (kind) => [`t."kind" = ?`, kind])
      .when(experimentPk, (pk) => [`t."experiment_pk" = ?`, pk]);
    return fetchPage(ctx, Factor, where, args);
  }
}
