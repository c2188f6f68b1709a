import type { Row } from "../../catalogue/table";
import { visibilityOf } from "../../database/read-pools";
import { visibilityThreshold } from "../../database/visibility";
import type { AppContext } from "../../request/context";
import type { GraphMemory } from "./graph-memory";
import { sqlHops, type WalkHops } from "./graph-walk";
import { memoryHops } from "./memory-graph";

/** A request context that may carry this replica's graph in memory (server/create-server.ts puts it there). */
export type WalkContext = AppContext & { graphMemory?: GraphMemory };

/**
 * The hops of a walk for this request: from the graph in memory when it may answer (graph-memory.ts), else SQL.
 * Asked after the request's first read, which decides where its reads go. Rows from memory are charged like rows
 * of a statement, so a walk is bounded and costed the same either way.
 */
export function walkHopsFor(ctx: WalkContext): WalkHops {
  const graph = ctx.graphMemory?.graphFor(ctx.reads);
  if (!graph) return sqlHops(ctx.sql);
  const hops = memoryHops(graph, visibilityThreshold(visibilityOf(ctx.viewer)), (rows) => {
    // hop rows are all of one shape (numbers and a boolean): one row's bytes times their number, as a statement's would count
    if (rows.length > 0) ctx.sql.charge(rows.length, rows[0] as unknown as Row);
  });
  // a hop makes no more rows than the request may still read, plus the one that makes it too large (RESULT_TOO_LARGE,
  // as in SQL): a walk across the whole graph would otherwise build every row before being refused
  return (frontier, allowed, options = {}) =>
    hops(frontier, allowed, { ...options, limit: Math.min(options.limit ?? Number.POSITIVE_INFINITY, ctx.sql.rowsLeft + 1) });
}
