import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentSpecialty, ParticipantLevel } from "../entities/experiment-specialty.entity";
import { Person } from "../entities/person.entity";
import { Specialty } from "../entities/specialty.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { LookupArgs } from "./lookup.args";
import { filterPk, lookup } from "./relations";
import { SpecialtiesArgs } from "./specialties.args";
import { RELATION_FIRST } from "./relation-list.arg";

export const SpecialtyConnection = ConnectionType(Specialty, "Specialty");

@Resolver(() => Specialty)
export class SpecialtyResolver {
  @Query(() => Specialty, { nullable: true, description: "One specialty or profession by `id` or `slug` (e.g. `huisartsgeneeskunde`); null when there is none." })
  specialty(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Specialty, "Specialty", args);
  }

  @Query(() => SpecialtyConnection, { description: "Specialties and professions, filtered and paged, by name." })
  specialties(@Args() args: SpecialtiesArgs, @Ctx() ctx: AppContext) {
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(args.category, (category) => [`t."category" = ?`, category])
      .when(args.codeSystem, (system) => [`t."code_system" = ?`, system])
      .when(args.code, (code) => [`t."code" = ?`, code])
      .when(experimentPk, (pk) => [`exists (select 1 from "experiment_specialty" es where es."specialty_pk" = t."pk" and es."experiment_pk" = ?)`, pk]);
    return fetchPage(ctx, Specialty, where, args);
  }
}
