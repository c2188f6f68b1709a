import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../request/context";
import { CollaborationDomain } from "../../model/entities/experiment.entity";
import { Person } from "../../model/entities/person.entity";
import { Region } from "../../model/entities/region.entity";
import { Specialty } from "../../model/entities/specialty.entity";
import { userError } from "../../platform/errors";
import { NetworkFilter } from "../../features/graph/network-filter.input";
import { type Row } from "../../catalogue/table";
import { experimentConditions, filteredExperimentConditions, institutionConditions } from "../../features/graph/network-filter.sql";
import {
  BridgingPerson,
  CoverageGap,
  DomainCount,
  InstitutionTypeCount,
  KindCount,
  NetworkStats,
  RegionCount,
  SpecialtyCount,
} from "../../features/graph/network-stats.type";
import { type EntityClass } from "../../catalogue/catalogue.types";
import { filterPk } from "../../catalogue/global-id";
import { Where } from "../../sql/where";

/** `filtered_experiments`: the experiments the filter keeps (with an institution matching it, when it names one). */
function filteredExperiments(filter: NetworkFilter | null): { cte: string; params: unknown[] } {
  const where = filteredExperimentConditions(filter);
  return { cte: `filtered_experiments as (select e.* from "experiment" e ${where.toSql()})`, params: where.params };
}

/**
 * Where a gap can be, under a filter: only the filter's domain when it names one, only its region when it names one.
 * A domain or region the filter leaves out is outside the question, not a gap of the network.
 */
function gapScope(filter: NetworkFilter | null): { domains: CollaborationDomain[]; regions: Where } {
  const regionPk = filterPk(filter?.regionId, "Region", "filter.regionId");
  return {
    domains: filter?.domain ? [filter.domain] : Object.values(CollaborationDomain),
    regions: new Where().when(regionPk, (pk) => [`r."pk" = ?`, pk]),
  };
}

/** The node row joined into a stats row (columns prefixed `n__`), put into the by-id loader so resolving it costs nothing. */
function primed(ctx: AppContext, entity: EntityClass, result: Row): Row {
  const row = ctx.tables.of(entity).toRow(result, "n__");
  ctx.loaders.prime(entity, [row]);
  return row;
}

@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats, {
    description: `Counts across the network: experiments by kind, domain, region and specialty, institutions by type, coverage gaps and the people who bridge the most institutions. Each field asked for costs one SQL statement.

Example: \`networkStats(filter: { kind: EXPERIMENT }) { byDomain { domain count } regionsWithoutExperiments { name } bridgingPeople(first: 5) { institutionCount person { name } } }\``,
  })
  networkStats(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which part of the network to count." })
    filter: NetworkFilter | null,
  ): NetworkStats {
    experimentConditions(filter);
    institutionConditions(filter);
    return { filter };
  }

  @FieldResolver(() => Int, { description: "Number of experiments and initiatives within the filter." })
  async experimentCount(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const [row] = await ctx.sql.raw(`with ${cte} select count(*)::int as count from filtered_experiments`, params);
    return row.count;
  }

  @FieldResolver(() => [KindCount], { description: "Experiments by kind." })
  async byKind(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    return ctx.sql.raw(`with ${cte} select kind, count(*)::int as count from filtered_experiments group by kind order by kind`, params);
  }

  @FieldResolver(() => [DomainCount], { description: "Experiments by collaboration domain, every domain listed (zero included)." })
  async byDomain(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const rows = await ctx.sql.raw(
      `with ${cte} select d as domain, count(*)::int as count from filtered_experiments, unnest(domains) d group by d`,
      params,
    );
    const counts = new Map(rows.map((row) => [row.domain, row.count]));
    return Object.values(CollaborationDomain).map((domain) => ({ domain, count: counts.get(domain) ?? 0 }));
  }

  @FieldResolver(() => [RegionCount], { description: "Experiments by region of their participating institutions, most first." })
  async byRegion(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const regions = ctx.tables.of(Region);
    const rows = await ctx.sql.raw(
      `with ${cte}, counts as (
         select i."region_pk" as region, count(distinct e."pk")::int as count
           from filtered_experiments e join "experiment_institution" ei on ei."experiment_pk" = e."pk" join "institution" i on i."pk" = ei."institution_pk"
          where i."region_pk" is not null group by 1)
       select c.count, ? from counts c join "region" r on r."pk" = c.region order by c.count desc, r."pk"`,
      [...params, regions.selectList(ctx.sql.knex, "r", "n__")],
    );
    return rows.map((row) => ({ regionPk: primed(ctx, Region, row).pk, count: row.count }));
  }

  @FieldResolver(() => [SpecialtyCount], { description: "Experiments by participating specialty, most first." })
  async bySpecialty(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const specialties = ctx.tables.of(Specialty);
    const rows = await ctx.sql.raw(
      `with ${cte}, counts as (
         select es."specialty_pk" as specialty, count(distinct e."pk")::int as count
           from filtered_experiments e join "experiment_specialty" es on es."experiment_pk" = e."pk" group by 1)
       select c.count, ? from counts c join "specialty" s on s."pk" = c.specialty order by c.count desc, s."pk"`,
      [...params, specialties.selectList(ctx.sql.knex, "s", "n__")],
    );
    return rows.map((row) => ({ specialtyPk: primed(ctx, Specialty, row).pk, count: row.count }));
  }

  @FieldResolver(() => [InstitutionTypeCount], {
    description: "Institutions by type, with how many of them take part in an experiment within the filter.",
  })
  async byInstitutionType(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const institutions = institutionConditions(stats.filter);
    return ctx.sql.raw(
      `with ${cte} select i."type" as type, count(*)::int as count,
              count(*) filter (where exists (select 1 from "experiment_institution" ei join filtered_experiments e on e."pk" = ei."experiment_pk" where ei."institution_pk" = i."pk"))::int as participating
         from "institution" i ${institutions.toSql()} group by 1 order by 2 desc, 1`,
      [...params, ...institutions.params],
    );
  }

  @FieldResolver(() => [Region], {
    description:
      "Regions where no experiment within the filter has a participating institution. Under a region filter only that region can be listed: the others are outside the question.",
  })
  async regionsWithoutExperiments(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const scope = gapScope(stats.filter).regions.add(
      `not exists (select 1 from "institution" i join "experiment_institution" ei on ei."institution_pk" = i."pk" join filtered_experiments e on e."pk" = ei."experiment_pk" where i."region_pk" = r."pk")`,
    );
    const rows = await ctx.sql.raw(`with ${cte} select ? from "region" r ${scope.toSql()} order by r."name", r."pk"`, [
      ...params,
      ctx.tables.of(Region).selectList(ctx.sql.knex, "r", "n__"),
      ...scope.params,
    ]);
    return rows.map((row) => primed(ctx, Region, row));
  }

  @FieldResolver(() => [CollaborationDomain], {
    description:
      "Collaboration domains no experiment within the filter covers. Under a domain filter only that domain can be listed: the others are outside the question.",
  })
  async domainsWithoutExperiments(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const rows = await ctx.sql.raw(`with ${cte} select distinct d as domain from filtered_experiments, unnest(domains) d`, params);
    const covered = new Set(rows.map((row) => row.domain));
    return gapScope(stats.filter).domains.filter((domain) => !covered.has(domain));
  }

  @FieldResolver(() => [CoverageGap], {
    description:
      "Region and domain pairs without any experiment within the filter: where the network has gaps. Under a region or domain filter only pairs within it are listed.",
  })
  async coverageGaps(@Root() stats: NetworkStats, @Ctx() ctx: AppContext) {
    const { cte, params } = filteredExperiments(stats.filter);
    const scope = gapScope(stats.filter);
    const regions = scope.regions.conditions.length ? `and ${scope.regions.conditions.join(" and ")}` : "";
    return (
      await ctx.sql.raw(
        `with ${cte}, covered as (
           select distinct i."region_pk" as region, d as domain
             from filtered_experiments e, unnest(e.domains) d, "experiment_institution" ei, "institution" i
            where ei."experiment_pk" = e."pk" and i."pk" = ei."institution_pk" and i."region_pk" is not null)
         select d as domain, ? from "region" r cross join unnest(?::text[]) d
          where not exists (select 1 from covered c where c.region = r."pk" and c.domain = d) ${regions}
          order by r."name", r."pk", d`,
        [...params, ctx.tables.of(Region).selectList(ctx.sql.knex, "r", "n__"), scope.domains, ...scope.regions.params],
      )
    ).map((row) => ({ regionPk: primed(ctx, Region, row).pk, domain: row.domain }));
  }

  @FieldResolver(() => [BridgingPerson], {
    description:
      "The people connected to the most distinct institutions, through their affiliations and the institutions of their experiments (within the filter).",
  })
  async bridgingPeople(
    @Root() stats: NetworkStats,
    @Ctx() ctx: AppContext,
    @Arg("first", () => Int, { defaultValue: 10, description: "How many people, 1 to 100." }) first: number,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw userError(`\`first\` must be between 1 and 100, got ${first}.`, { argumentName: "first" });
    const { cte, params } = filteredExperiments(stats.filter);
    const rows = await ctx.sql.raw(
      `with ${cte}, links as (
         select a."person_pk" as person, a."institution_pk" as institution from "affiliation" a
         union
         select ep."person_pk", ei."institution_pk"
           from "experiment_person" ep join filtered_experiments e on e."pk" = ep."experiment_pk" join "experiment_institution" ei on ei."experiment_pk" = e."pk")
       , counts as (select person, count(*)::int as institutions from links group by person order by 2 desc, 1 limit ?)
       select c.institutions, ? from counts c join "person" p on p."pk" = c.person order by c.institutions desc, p."pk"`,
      [...params, first, ctx.tables.of(Person).selectList(ctx.sql.knex, "p", "n__")],
    );
    return rows.map((row) => ({ personPk: primed(ctx, Person, row).pk, institutionCount: row.institutions }));
  }
}
