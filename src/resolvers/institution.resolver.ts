import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../context";
import { listSlice } from "../loaders/list-slice";
import { Affiliation } from "../entities/affiliation.entity";
import { Experiment } from "../entities/experiment.entity";
import { ExperimentInstitution, InstitutionRole } from "../entities/experiment-institution.entity";
import { Institution } from "../entities/institution.entity";
import { LearningActivity } from "../entities/learning-activity.entity";
import { Person } from "../entities/person.entity";
import { Programme } from "../entities/programme.entity";
import { Region } from "../entities/region.entity";
import { fetchPage } from "../loaders/page.query";
import type { Row } from "../loaders/sql-runner";
import { Where } from "../loaders/where";
import { ConnectionType } from "../relay/connection.type";
import { InstitutionsArgs } from "./institutions.args";
import { LookupArgs } from "./lookup.args";
import { filterPk, loadByPk, lookup } from "./relations";
import { RELATION_FIRST } from "./relation-list.arg";

export const InstitutionConnection = ConnectionType(Institution, "Institution");

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true, description: "One institution by `id` or `slug` (e.g. `lumc`, `amsterdam-umc-vumc`); null when there is none." })
  institution(@Args() args: LookupArgs, @Ctx() ctx: AppContext) {
    return lookup(ctx, Institution, "Institution", args);
  }

  @Query(() => InstitutionConnection, { description: "Institutions, filtered and paged, by name. Filters combine with AND." })
  institutions(@Args() args: InstitutionsArgs, @Ctx() ctx: AppContext) {
    const regionPk = filterPk(args.regionId, "Region", "regionId");
    const parentPk = filterPk(args.parentId, "Institution", "parentId");
    const experimentPk = filterPk(args.experimentId, "Experiment", "experimentId");
    const where = new Where()
      .when(args.type, (type) => [`t."type" = ?`, type])
      .when(regionPk, (pk) => [`t."region_pk" = ?`, pk])
      .when(parentPk, (pk) => [`t."part_of_pk" = ?`, pk])
      .when(args.topLevel, (topLevel) => [topLevel ? `t."part_of_pk" is null` : `t."part_of_pk" is not null`])
      .when(args.city, (city) => [`lower(t."city") = lower(?)`, city])
      .when(experimentPk, (pk) => [`exists (select 1 from "experiment_institution" ei where ei."institution_pk" = t."pk" and ei."experiment_pk" = ?)`, pk]);
    return fetchPage(ctx, Institution, where, args);
  }
}
