import { relationFields } from "../../catalogue/relation-fields";
import { EDGES, REFERENCES } from "../../catalogue/relations";
import { Experiment } from "../../model/entities/experiment.entity";
import { Institution } from "../../model/entities/institution.entity";
import type { NetworkFilter } from "../graph/network-filter.input";
import { participationSelect } from "../graph/participation.sql";
import type { Tables } from "../../catalogue/tables";
import { Where } from "../../sql/where";
import { type EntityClass } from "../../catalogue/catalogue.types";

/**
 * The part of the graph a collaboration-network filter selects, for the graph exports: the experiments
 * it counts and the institutions taking part in them (exactly the pairs of the collaboration network), and
 * every row one relation of the catalogue away from those: their people, specialties, care transitions,
 * activities, quotes, outputs, sites, regions, programmes; an edge when both its ends are selected.
 * Returns the conditions on a table (alias `t`), or null for a table the selection does not reach.
 * Identifiers come from the metadata as `??` bindings, values as `?`.
 */
export function selectionOf(entity: EntityClass, filter: NetworkFilter, tables: Tables): Where | null {
  const pairs = participationSelect(filter);
  const selected = new Map<EntityClass, { sql: string; params: unknown[] }>([
    [Experiment, { sql: `select "experiment_pk" from (${pairs.sql}) p`, params: pairs.params }],
    [Institution, { sql: `select "institution_pk" from (${pairs.sql}) p`, params: pairs.params }],
  ]);
  const own = selected.get(entity);
  if (own) return new Where().add(`t."pk" in (${own.sql})`, ...own.params);

  const reasons: Array<{ sql: string; params: unknown[] }> = [];
  for (const reference of REFERENCES) {
    const key = tables.of(reference.child).describe(reference.key).column;
    const target = referencedEntity(reference.child, reference.key);
    // a row pointing at a selected experiment or institution (an activity, a site)
    const pointedAt = selected.get(target);
    if (reference.child === entity && pointedAt) reasons.push({ sql: `t.?? in (${pointedAt.sql})`, params: [key, ...pointedAt.params] });
    // a row a selected experiment or institution points at (a region, a programme)
    const pointing = selected.get(reference.child);
    if (pointing && target === entity)
      reasons.push({
        sql: `t."pk" in (select ?? from ?? where "pk" in (${pointing.sql}))`,
        params: [key, tables.of(reference.child).name, ...pointing.params],
      });
  }
  for (const edge of EDGES) {
    const edgeTable = tables.of(edge.edge);
    const ends = edge.ends.map((end) => ({
      key: end.key,
      column: edgeTable.describe(end.key).column,
      entity: referencedEntity(edge.edge, end.key),
    }));
    if (edge.edge === entity) {
      // an edge is exported when both its ends are
      const conditions = ends.map((end) => selectionOf(end.entity, filter, tables));
      if (conditions.some((condition) => condition === null)) return null;
      const where = new Where();
      ends.forEach((end, index) =>
        where.add(
          `t.?? in (select t."pk" from ?? t where ${conditions[index]!.conditions.join(" and ")})`,
          end.column,
          tables.of(end.entity).name,
          ...conditions[index]!.params,
        ),
      );
      return where;
    }
    for (const [from, to] of [
      [ends[0]!, ends[1]!],
      [ends[1]!, ends[0]!],
    ]) {
      const source = selected.get(from.entity);
      if (source && to.entity === entity)
        reasons.push({
          sql: `t."pk" in (select ?? from ?? where ?? in (${source.sql}))`,
          params: [to.column, edgeTable.name, from.column, ...source.params],
        });
    }
  }
  if (reasons.length === 0) return null;
  return new Where().add(`(${reasons.map((reason) => reason.sql).join(" or ")})`, ...reasons.flatMap((reason) => reason.params));
}

/** The entity a many-to-one property of `entity` points at (the catalogue's relation fields know it). */
function referencedEntity(entity: EntityClass, key: string): EntityClass {
  const field = relationFields().find((candidate) => candidate.kind === "one" && candidate.owner === entity && candidate.key === key);
  if (field?.kind !== "one") throw new Error(`${entity.name}.${key} is no reference of the catalogue`);
  return field.target;
}
