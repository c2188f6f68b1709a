import DataLoader from "dataloader";
import type { SqlRunner } from "../../sql/sql-runner";
import { EXPERIMENTS_PER_PARTNER, type CollaborationPartner } from "./collaboration-network.type";
import type { NetworkFilter } from "./network-filter.input";
import { participationCte } from "./participation.sql";

export const PARTNERS_MAX = 100;

/**
 * The collaboration partners of many institutions in one statement: for each institution, the others that
 * take part in the same experiments (as far as the filter lets them count), heaviest first, `first` each.
 */
export function createPartnersLoader(
  sql: SqlRunner,
  filter: NetworkFilter | null,
  first: number,
): DataLoader<number, CollaborationPartner[]> {
  return new DataLoader(async (institutionPks) => {
    const participation = participationCte(filter);
    const rows = await sql.raw(
      `with ${participation.sql}, pairs as (
         select a."institution_pk" as centre, b."institution_pk" as partner, count(*)::int as weight,
                (array_agg(a."experiment_pk" order by a."experiment_pk"))[1:?] as experiments
           from participation a
           join participation b on b."experiment_pk" = a."experiment_pk" and b."institution_pk" <> a."institution_pk"
          where a."institution_pk" = any(?::int[])
          group by 1, 2
       ), ranked as (
         select *, row_number() over (partition by centre order by weight desc, partner) as place from pairs
       )
       select centre, partner, weight, experiments from ranked where place <= ? order by centre, place`,
      [...participation.params, EXPERIMENTS_PER_PARTNER, [...institutionPks], first],
    );
    const byCentre = new Map<number, CollaborationPartner[]>();
    for (const row of rows) {
      const partners = byCentre.get(row.centre) ?? [];
      partners.push({ institutionPk: row.partner, weight: row.weight, experimentPks: row.experiments.map(Number) });
      byCentre.set(row.centre, partners);
    }
    return institutionPks.map((pk) => byCentre.get(pk) ?? []);
  });
}
