/** The request budgets per client, their defaults and the environment variables that change them. */
export const RATE_LIMIT_SETTINGS = {
  requests: {
    env: "RATE_LIMIT_REQUESTS",
    default: 600,
    meaning:
      "points per client (token subject, else IP address) per window: a request spends one before it runs, and one more per `RATE_LIMIT_ROWS_PER_POINT` rows it read after",
  },
  settleMs: {
    env: "RATE_LIMIT_SETTLE_MS",
    default: 1000,
    meaning:
      "how often a replica settles the request points it counted in memory with the shared counters (and at once when a tenth of a client's budget is unsettled)",
  },
  rowsPerPoint: {
    env: "RATE_LIMIT_ROWS_PER_POINT",
    default: 100,
    meaning:
      "rows a request may read for its first point; each further this many cost one more point of `RATE_LIMIT_REQUESTS` (its actual cost)",
  },
  requestWindowSeconds: { env: "RATE_LIMIT_WINDOW_SECONDS", default: 60, meaning: "the window of `RATE_LIMIT_REQUESTS`" },
  anonymousWrites: {
    env: "RATE_LIMIT_ANONYMOUS_WRITES",
    default: 10,
    meaning: "mutations without a token (submissions) per IP address per window",
  },
  anonymousWriteWindowSeconds: {
    env: "RATE_LIMIT_ANONYMOUS_WRITE_WINDOW_SECONDS",
    default: 3600,
    meaning: "the window of `RATE_LIMIT_ANONYMOUS_WRITES`",
  },
  exportsAtOnce: {
    env: "EXPORTS_AT_ONCE",
    default: 2,
    meaning: "exports (`/export/...`) one process streams at the same time; another is answered 429",
  },
  exportIdleSeconds: {
    env: "EXPORT_IDLE_SECONDS",
    default: 30,
    meaning: "an export whose reader takes nothing for this long is ended, and its slot freed",
  },
  exportMaxSeconds: {
    env: "EXPORT_MAX_SECONDS",
    default: 900,
    meaning: "longest an export may take (its statements run this long, not `STATEMENT_TIMEOUT_MS`, so a slow reader is served)",
  },
} as const;

export type RateLimits = { [K in keyof typeof RATE_LIMIT_SETTINGS]: number } & {
  /** `postgres` (the default: every replica counts the same) or `memory` (one process: tests only). */
  store: "postgres" | "memory";
};

/** RATE_LIMIT_STORE: `postgres` unless `memory` is asked for. */
export function readRateLimitStore(value: string | undefined): RateLimits["store"] {
  if (value === undefined || value === "" || value === "postgres") return "postgres";
  if (value === "memory") return "memory";
  throw new Error(`RATE_LIMIT_STORE must be "postgres" or "memory", got "${value}"`);
}
