import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Deliverable } from "../entities/deliverable.entity";
import { Experiment } from "../entities/experiment.entity";
import { Programme } from "../entities/programme.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { DeliverablesArgs } from "./deliverables.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, loadByPk, lookup } from "./relations";

export const DeliverableConnection = ConnectionType(Deliverable, "Deliverable");

@Resolver(() => Deliverable)
export class DeliverableResolver {
  @Query(() => Deliverable, { nullable: true, description: "One deliverable by `id` or `slug`; null when there is none." })
  deliverable(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Deliverable, "Deliverable", args);
  }

  @Query(() => DeliverableConnection, { description: "Deliverables of experiments and the programme, filtered and paged." })
  deliverables(@Args() args: DeliverablesArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(args.kind, (kind) => [`t."kind" = ?`, kind])
      .when(args.status, (status) => [`t."status" = ?`, status])
      .when(experimentPk, (pk) => [`t."experiment_pk" = ?`, pk]);
    return fetchPage(ctx, Deliverable, where, args);
  }
}
