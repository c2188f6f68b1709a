/** The request budgets per client, their defaults and the environment variables that change them. */
export const RATE_LIMIT_SETTINGS = {
  requests: { env: "RATE_LIMIT_REQUESTS", default: 600, meaning: "requests per client (token subject, else IP address) per window" },
  requestWindowSeconds: { env: "RATE_LIMIT_WINDOW_SECONDS", default: 60, meaning: "the window of `RATE_LIMIT_REQUESTS`" },
  anonymousWrites: { env: "RATE_LIMIT_ANONYMOUS_WRITES", default: 10, meaning: "mutations without a token (submissions) per IP address per window" },
  anonymousWriteWindowSeconds: { env: "RATE_LIMIT_ANONYMOUS_WRITE_WINDOW_SECONDS", default: 3600, meaning: "the window of `RATE_LIMIT_ANONYMOUS_WRITES`" },
  exportsAtOnce: { env: "EXPORTS_AT_ONCE", default: 2, meaning: "exports (`/export/...`) one process streams at the same time; another is answered 429" },
} as const;

export type RateLimits = { [K in keyof typeof RATE_LIMIT_SETTINGS]: number } & {
  /** `postgres` (the default: every replica counts the same) or `memory` (one process: tests only). */
  store: "postgres" | "memory";
};
