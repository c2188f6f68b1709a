import type { Setting } from "../../platform/settings";

/**
 * Bounds on what one process holds and does at once, whoever asks: heavy work admitted by its estimated
 * cost, bytes of what a request brings, documents kept parsed. Each from the environment.
 */
export const WORK_LIMIT_SETTINGS = {
  heavyCost: {
    env: "WORK_HEAVY_COST",
    default: 20_000,
    meaning: "estimated cost from which an operation is heavy work; lighter ones share `WORK_LIGHT_COST_AT_ONCE`",
  },
  heavyCostAtOnce: {
    env: "WORK_HEAVY_COST_AT_ONCE",
    default: 250_000,
    meaning:
      "estimated cost of heavy work (operations, subscription recomputations) one process runs at once; an estimate counts at most half of it, but for its lists as long as `maxEdges` or `maxNodes` say, which count in full; the rest wait",
  },
  lightCostAtOnce: {
    env: "WORK_LIGHT_COST_AT_ONCE",
    default: 400_000,
    meaning: "estimated cost of light operations one process runs at once; the rest wait",
  },
  queueMs: {
    env: "WORK_QUEUE_MS",
    default: 2_000,
    meaning: "milliseconds work waits for room before it is refused with `SERVER_BUSY` (503, `Retry-After`)",
  },
  queueLength: {
    env: "WORK_QUEUE_LENGTH",
    default: 100,
    meaning: "operations that may wait for room at once; more are refused at once with `SERVER_BUSY`",
  },
  costFanOutRefreshSeconds: {
    env: "COST_FAN_OUT_REFRESH_SECONDS",
    default: 30,
    meaning:
      "seconds between two reads of the most items one parent has in each relation list (what the cost estimate counts a relation list as)",
  },
  documentCacheBytes: {
    env: "DOCUMENT_CACHE_BYTES",
    default: 16 * 1024 * 1024,
    meaning: "bytes of parsed documents one process keeps (their source text counted), least recently used dropped first",
  },
} satisfies Record<string, Setting>;

export type WorkLimits = { [K in keyof typeof WORK_LIMIT_SETTINGS]: number };
