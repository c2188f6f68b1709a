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
    return fetchPage(ctx, Programme, new Where(), undefined, args);
  }

  @FieldResolver(() => Institution, { description: "The organisation that owns the programme." })
  owner(@Root() programme: Row, @Ctx() ctx: AppContext) {
    return loadByPk(ctx, Institution, programme.ownerPk);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Whom to contact about the programme or to propose an initiative." })
  contact(@Root() programme: Row, @Ctx() ctx: AppContext) {
    return loadByPk(ctx, Person, programme.contactPk);
  }

  @FieldResolver(() => [Experiment], { description: "Its experiments and the initiatives it collects, by number." })
  experiments(@Root() programme: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Experiment, "programme", listSlice(first)).load(programme.pk);
  }

  @FieldResolver(() => [Deliverable], { description: "Products of the programme as a whole (guides, toolbox)." })
  deliverables(@Root() programme: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Deliverable, "programme", listSlice(first)).load(programme.pk);
  }

  @FieldResolver(() => [Factor], { description: "Lessons and factors at programme level." })
  factors(@Root() programme: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Factor, "programme", listSlice(first)).load(programme.pk);
  }

  @FieldResolver(() => [Reference], { description: "Further reading at programme level." })
  references(@Root() programme: Row, @Ctx() ctx: AppContext, @Arg("first", () => Int, RELATION_FIRST) first: number) {
    return ctx.loaders.children(Reference, "programme", listSlice(first)).load(programme.pk);
  }
}
