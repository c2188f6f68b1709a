import type { Knex } from "@mikro-orm/knex";
import { VISIBILITY_COLUMN } from "../../model/visibility-level";
import type { GraphRelation } from "./graph-edges";

/** Near ends come in rows of this many: small messages, which the driver reads without growing one buffer to the whole. */
export const NEARS_PER_ROW = 2048;

/**
 * Every edge row of a relation, source to target, with its visibility level: the edge row's, and for a reference the
 * least of the source's and the target's (the source stays visible when its target is hidden: graph-edges.ts). Read
 * through the widest visibility's views, so rows no reader sees are never read. `count` counts them (and their distinct
 * sources); `rows` gives them grouped by source, NEARS_PER_ROW sources a row, as text: the sources and their numbers of edges, the targets
 * (ascending per source) and their levels (a digit each). No JS array, object or string per value: reading each edge as
 * three numbers took a server 20 MB further towards its memory bound at scale 100, in buffers the allocator kept.
 */
export function relationStatements(knex: Knex, relation: GraphRelation): Record<"count" | "rows", Knex.SqlNative> {
  const level = relation.targetTable
    ? knex.raw("least(??, ??)", [`r.${VISIBILITY_COLUMN}`, `t.${VISIBILITY_COLUMN}`])
    : knex.raw("??", [`r.${VISIBILITY_COLUMN}`]);
  const edges = knex
    .select({ near: `r.${relation.source.column}`, far: `r.${relation.target.column}`, level })
    .from({ r: relation.table })
    .whereNotNull(`r.${relation.target.column}`);
  if (relation.targetTable) edges.join({ t: relation.targetTable }, "t.pk", `r.${relation.target.column}`);
  const bySource = knex
    .select("near", {
      degree: knex.raw("count(*)"),
      fars: knex.raw("string_agg(far::text, ',' order by far, level)"),
      levels: knex.raw("string_agg(level::text, '' order by far, level)"),
      chunk: knex.raw("(row_number() over (order by near) - 1) / ?", [NEARS_PER_ROW]),
    })
    .from(edges.clone().as("e"))
    .groupBy("near");
  return {
    count: knex
      .select({
        edges: knex.raw("count(*)::int"),
        sources: knex.raw("count(distinct near)::int"),
      })
      .from(edges.clone().as("e"))
      .toSQL()
      .toNative(),
    rows: knex
      .select({
        nears: knex.raw("string_agg(near::text, ',' order by near)"),
        degrees: knex.raw("string_agg(degree::text, ',' order by near)"),
        fars: knex.raw("string_agg(fars, ',' order by near)"),
        levels: knex.raw("string_agg(levels, '' order by near)"),
      })
      .from(bySource.as("s"))
      .groupBy("chunk")
      .orderBy("chunk")
      .toSQL()
      .toNative(),
  };
}

/** Keys come in rows of this many. */
const KEYS_PER_ROW = 8192;

/**
 * The primary keys of a node type's table (through the widest visibility's views: every node an edge held there
 * ends at), ascending: `count` counts them, `rows` gives them KEYS_PER_ROW at a time as comma-separated text.
 */
export function keyStatements(knex: Knex, table: string): Record<"count" | "rows", Knex.SqlNative> {
  const numbered = knex.select("pk", { chunk: knex.raw("(row_number() over (order by pk) - 1) / ?", [KEYS_PER_ROW]) }).from(table);
  return {
    count: knex
      .select({ keys: knex.raw("count(*)::int") })
      .from(table)
      .toSQL()
      .toNative(),
    rows: knex
      .select({ keys: knex.raw("string_agg(pk::text, ',' order by pk)") })
      .from(numbered.as("k"))
      .groupBy("chunk")
      .orderBy("chunk")
      .toSQL()
      .toNative(),
  };
}
