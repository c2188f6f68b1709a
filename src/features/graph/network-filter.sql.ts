import { userError } from "../../platform/errors";
import { Where } from "../../sql/where";
import type { NetworkFilter } from "./network-filter.input";
import { filterPk } from "../../catalogue/global-id";

/** Conditions on experiments (alias `e`) from a NetworkFilter. */
export function experimentConditions(filter: NetworkFilter | null | undefined, where = new Where()): Where {
  if (filter?.startYearFrom != null && filter?.startYearTo != null && filter.startYearFrom > filter.startYearTo) {
    throw userError(`\`startYearFrom\` (${filter.startYearFrom}) is after \`startYearTo\` (${filter.startYearTo}).`, {
      argumentName: "filter",
    });
  }
  return where
    .when(filter?.domain, (domain) => [`? = any(e."domains")`, domain])
    .when(filter?.kind, (kind) => [`e."kind" = ?`, kind])
    .when(filter?.startYearFrom, (year) => [`e."start_year" >= ?`, year])
    .when(filter?.startYearTo, (year) => [`e."start_year" <= ?`, year]);
}

/** Conditions on institutions (alias `i`) from a NetworkFilter. */
export function institutionConditions(filter: NetworkFilter | null | undefined, where = new Where()): Where {
  return where
    .when(filterPk(filter?.regionId, "Region", "filter.regionId"), (pk) => [`i."region_pk" = ?`, pk])
    .when(filter?.institutionType, (type) => [`i."type" = ?`, type]);
}

/** True when the filter restricts institutions, so experiments must be joined to their institutions. */
export function filtersInstitutions(filter: NetworkFilter | null | undefined): boolean {
  return filter?.regionId != null || filter?.institutionType != null;
}

/**
 * Conditions on experiments (alias `e`) for questions about experiments: the experiment conditions, and
 * when the filter names a region or institution type, at least one participating institution that matches.
 */
export function filteredExperimentConditions(filter: NetworkFilter | null | undefined): Where {
  const where = experimentConditions(filter);
  if (filtersInstitutions(filter)) {
    const institutions = institutionConditions(filter);
    where.add(
      `exists (select 1 from "experiment_institution" ei join "institution" i on i."pk" = ei."institution_pk" where ei."experiment_pk" = e."pk" and ${institutions.conditions.join(" and ")})`,
      ...institutions.params,
    );
  }
  return where;
}
