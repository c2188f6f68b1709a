import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { Deliverable } from "../entities/deliverable.entity";
import { Experiment } from "../entities/experiment.entity";
import { Factor } from "../entities/factor.entity";
import { Institution } from "../entities/institution.entity";
import { Person } from "../entities/person.entity";
import { Programme } from "../entities/programme.entity";
import { Reference } from "../entities/reference.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { PaginationArgs } from "../relay/pagination.args";
import { LookupArgs } from "./lookup.args";
import { loadByPk, lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const ProgrammeConnection = ConnectionType(Programme, "Programme");

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { nullable: true, description: "One programme by `id` or `slug` (e.g. `opleiden-2025`); null when there is none." })
  programme(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Programme, "Programme", args);
  }

  @Query(() => ProgrammeConnection, { description: "Programmes, by name." })
  programmes(@Args() args: PaginationArgs, @Ctx() ctx: AppContext) {
    return fetchPage(ctx, Programme, new Where(), args);
  }
}
