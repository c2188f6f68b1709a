import { Where } from "../../sql/where";
import type { NetworkFilter } from "./network-filter.input";
import { experimentConditions, institutionConditions } from "./network-filter.sql";

/**
 * `participation (experiment_pk, institution_pk)`: who takes part in what, as far as the filter lets them
 * count; the collaboration network (GraphQL) and its exports (GEXF, GraphML) are built on it. Knex `?`
 * bindings, values in `params`.
 */
export function participationCte(filter: NetworkFilter | null | undefined): { sql: string; params: unknown[] } {
  const pairs = participationSelect(filter);
  return { sql: `participation as (${pairs.sql})`, params: pairs.params };
}

/** The `(experiment_pk, institution_pk)` pairs of the filter, as a select of its own (for subqueries). */
export function participationSelect(filter: NetworkFilter | null | undefined): { sql: string; params: unknown[] } {
  const where = institutionConditions(filter, experimentConditions(filter, new Where()));
  return {
    sql: `select distinct ei."experiment_pk", ei."institution_pk"
           from "experiment_institution" ei
           join "experiment" e on e."pk" = ei."experiment_pk"
           join "institution" i on i."pk" = ei."institution_pk"
         ${where.toSql()}`,
    params: where.params,
  };
}
