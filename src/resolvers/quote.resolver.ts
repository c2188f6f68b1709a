import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { Experiment } from "../entities/experiment.entity";
import { Person } from "../entities/person.entity";
import { Quote } from "../entities/quote.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { LookupArgs } from "./lookup.args";
import { QuotesArgs } from "./quotes.args";
import { filterPk, loadByPk, lookup } from "./relations";

export const QuoteConnection = ConnectionType(Quote, "Quote");

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "One quote by `id` or `slug`; null when there is none." })
  quote(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Quote, "Quote", args);
  }

  @Query(() => QuoteConnection, { description: "Quotes, filtered and paged." })
  quotes(@Args() args: QuotesArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const personPk = filterPk(args.personId, "Person", "personId");
    const where = new Where()
      .when(experimentPk, (pk) => [`t."experiment_pk" = ?`, pk])
      .when(personPk, (pk) => [`t."person_pk" = ?`, pk]);
    return fetchPage(ctx, Quote, where, args);
  }
}
