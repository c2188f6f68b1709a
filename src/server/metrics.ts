import type { RequestHandler } from "express";
import type { Pool } from "pg";
import type { ResponseCacheStats } from "../features/response-cache/response-cache";
import type { GraphMemoryStats } from "../features/graph/graph-memory";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Prometheus metrics (prom-client), one registry per server. */
export interface Metrics {
  registry: Registry;
  /** One finished `/graphql` request. */
  observe(request: {
    operation: string;
    status: number;
    durationSeconds: number;
    statements: number | undefined;
    errorCodes: readonly string[];
  }): void;
}

/** Operation names are chosen by clients: past this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Error codes are ours, but a bound keeps a bug from multiplying series. */
const ERROR_CODE = /^[A-Z_]{1,40}$/;

export interface PoolsToWatch {
  /** pg pools by name (the read pools, the rate-limit pool). */
  pg: Record<string, Pool>;
  /** The work gate's room in use (thousands of estimated cost) and the work waiting for room. */
  work?: () => { heavyRunning: number; lightRunning: number; waiting: number };
  /** The networks `networkChanged` subscribers watch, and how often they were computed. */
  networks?: () => { watched: number; computations: number };
  /** The response cache's entries, bytes, invalidations and outcomes (absent when RESPONSE_CACHE=off). */
  responseCache?: () => ResponseCacheStats;
  /** The graph kept in memory for the walks (absent when GRAPH_MEMORY=off). */
  graphMemory?: () => GraphMemoryStats;
  /** The ORM's write pool (knex's tarn pool), once it exists. */
  writes?: () => { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
}

export function createMetrics(pools: PoolsToWatch): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "ipo_" });
  const requests = new Counter({
    name: "ipo_graphql_requests_total",
    help: "GraphQL requests answered, by operation name and HTTP status.",
    labelNames: ["operation", "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "ipo_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to the last byte of its answer, by operation name.",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: "ipo_graphql_errors_total",
    help: "Errors in GraphQL answers, by `extensions.code`.",
    labelNames: ["code"],
    registers: [registry],
  });
  const statements = new Histogram({
    name: "ipo_sql_statements_per_request",
    help: "Read statements one GraphQL request sent to PostgreSQL.",
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 20, 50],
    registers: [registry],
  });
  new Gauge({
    name: "ipo_db_pool_connections",
    help: "Connections of each database pool: in use, idle, and requests waiting for one.",
    labelNames: ["pool", "state"],
    registers: [registry],
    collect() {
      for (const [name, pool] of Object.entries(pools.pg)) {
        this.set({ pool: name, state: "used" }, pool.totalCount - pool.idleCount);
        this.set({ pool: name, state: "idle" }, pool.idleCount);
        this.set({ pool: name, state: "waiting" }, pool.waitingCount);
      }
      const writes = pools.writes?.();
      if (writes) {
        this.set({ pool: "writes", state: "used" }, writes.numUsed());
        this.set({ pool: "writes", state: "idle" }, writes.numFree());
        this.set({ pool: "writes", state: "waiting" }, writes.numPendingAcquires());
      }
    },
  });
  new Gauge({
    name: "ipo_work_in_use",
    help: "Room of the work gate in use, in thousands of estimated cost, by room (heavy, light); `waiting`: operations waiting for room.",
    labelNames: ["room"],
    registers: [registry],
    collect() {
      const state = pools.work?.();
      if (!state) return;
      this.set({ room: "heavy" }, state.heavyRunning);
      this.set({ room: "light" }, state.lightRunning);
      this.set({ room: "waiting" }, state.waiting);
    },
  });
  new Gauge({
    name: "ipo_network_watches",
    help: "Distinct networks (visibility and arguments) that networkChanged subscribers watch on this replica.",
    registers: [registry],
    collect() {
      this.set(pools.networks?.().watched ?? 0);
    },
  });
  totalsCounter(
    registry,
    {
      name: "ipo_network_watch_computations_total",
      help: "Times a watched network was computed for networkChanged subscribers (once per network, however many subscribe).",
    },
    () => ({ "": pools.networks?.().computations ?? 0 }),
  );
  new Gauge({
    name: "ipo_response_cache_bytes",
    help: "Bytes of answers (and their keys) the response cache keeps on this replica.",
    registers: [registry],
    collect() {
      this.set(pools.responseCache?.().bytes ?? 0);
    },
  });
  new Gauge({
    name: "ipo_response_cache_entries",
    help: "Answers the response cache keeps on this replica.",
    registers: [registry],
    collect() {
      this.set(pools.responseCache?.().entries ?? 0);
    },
  });
  totalsCounter(
    registry,
    {
      name: "ipo_response_cache_invalidations_total",
      help: "Times the response cache was emptied on this replica (a write heard, or the change feed reconnected).",
    },
    () => ({ "": pools.responseCache?.().invalidations ?? 0 }),
  );
  totalsCounter(
    registry,
    {
      name: "ipo_response_cache_queries_total",
      help: "Queries by what became of their answer: hit (served from the cache), miss (computed, kept if no write came), bypass (computed without looking).",
      label: "outcome",
    },
    () => pools.responseCache?.().outcomes ?? {},
  );
  new Gauge({
    name: "ipo_graph_memory_edges",
    help: "Edge rows of the graph kept in memory on this replica for the walks (0 when none is held).",
    registers: [registry],
    collect() {
      this.set(pools.graphMemory?.().edges ?? 0);
    },
  });
  new Gauge({
    name: "ipo_graph_memory_fresh",
    help: "1 while the graph in memory may answer walks (no write heard since it was read), else 0: walks read SQL.",
    registers: [registry],
    collect() {
      this.set(pools.graphMemory?.().fresh ? 1 : 0);
    },
  });
  totalsCounter(
    registry,
    {
      name: "ipo_graph_memory_loads_total",
      help: "Times the graph was read into memory, by outcome: kept, or discarded (a write was heard while it was read).",
      label: "outcome",
    },
    () => {
      const stats = pools.graphMemory?.();
      return stats ? { kept: stats.loads - stats.discarded, discarded: stats.discarded } : ({} as Record<string, number>);
    },
  );
  totalsCounter(
    registry,
    {
      name: "ipo_graph_walks_total",
      help: "Graph walks (neighbourhood, shortestPath) by where their hops were read: memory, or sql.",
      label: "source",
    },
    () => pools.graphMemory?.().walks ?? {},
  );
  const seen = new Set<string>();
  const label = (name: string) => {
    if (!OPERATION_NAME.test(name)) return "other";
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return "other";
    seen.add(name);
    return name;
  };
  return {
    registry,
    observe({ operation, status, durationSeconds, statements: count, errorCodes }) {
      const name = operation === "" ? "anonymous" : label(operation);
      requests.inc({ operation: name, status: String(status) });
      duration.observe({ operation: name }, durationSeconds);
      if (count !== undefined) statements.observe(count);
      for (const code of errorCodes) errors.inc({ code: ERROR_CODE.test(code) ? code : "OTHER" });
    },
  };
}

/** `GET /metrics` in Prometheus' text format; with METRICS_TOKEN set, only for `Authorization: Bearer <it>`. */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  return async (request, response) => {
    if (token !== undefined && request.headers.authorization !== `Bearer ${token}`) {
      response.status(401).json({ error: "The metrics need the bearer token the server's METRICS_TOKEN names." });
      return;
    }
    response.set("content-type", metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * A counter that follows running totals kept elsewhere, read at each scrape: by the value of `label` (the
 * totals' keys), or one series (the key "").
 */
function totalsCounter(
  registry: Registry,
  { name, help, label }: { name: string; help: string; label?: string },
  totals: () => Record<string, number>,
) {
  const seen: Record<string, number> = {};
  new Counter({
    name,
    help,
    labelNames: label ? [label] : [],
    registers: [registry],
    collect() {
      for (const [key, now] of Object.entries(totals())) {
        const grown = now - (seen[key] ?? 0);
        if (grown > 0) label ? this.inc({ [label]: key }, grown) : this.inc(grown);
        seen[key] = now;
      }
    },
  });
}
