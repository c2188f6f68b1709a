import { HTTP_LIMIT_SETTINGS, type HttpLimits } from "../features/limits/http-limit-settings";
import { RATE_LIMIT_SETTINGS, readRateLimitStore, type RateLimits } from "../features/limits/rate-limit-settings";
import { REQUEST_LIMIT_SETTINGS, type RequestLimits } from "../features/limits/request-limits";
import { WORK_LIMIT_SETTINGS, type WorkLimits } from "../features/limits/work-limit-settings";
import {
  OPERATION_SETTINGS,
  readTrustedDocumentsMode,
  type OperationSettings,
  type TrustedDocumentsMode,
} from "../features/operations/operation-settings";
import { GRAPH_MEMORY_SETTINGS, type GraphMemorySettings } from "../features/graph/graph-memory-settings";
import { SUBSCRIPTION_SETTINGS, type SubscriptionSettings } from "../features/subscriptions/subscription-settings";
import { positiveInteger, readSettings } from "../platform/settings";
import { readAuthSettings, type AuthSettings } from "../request/auth-settings";
import { DEFAULT_SLOW_STATEMENT_MS } from "../sql/sql-runner";
import { readCorsPolicy, type CorsPolicy } from "./cors";

/** Everything the HTTP server is told, read from the environment with defaults that work on a fresh clone. */
export interface ServerSettings {
  port: number;
  host: string;
  /** Everything but an explicit development mode (see `isDevelopment`): no introspection, Sandbox, local secret or statement counts. */
  production: boolean;
  /** Report SQL statements per request in `extensions.sqlStatements`: outside production, or with IPO_REPORT_SQL_STATEMENTS=1. */
  reportSqlStatements: boolean;
  /** Batch loads per tick (the default). Off only to measure what batching buys (`IPO_BATCHING=off`). */
  batchLoads: boolean;
  auth: AuthSettings;
  /** Bounds on one request (REQUEST_LIMIT_SETTINGS: defaults and the variables that override them). */
  limits: RequestLimits;
  /** What the process runs and keeps at once (WORK_LIMIT_SETTINGS). */
  work: WorkLimits;
  /** How long a slow client may hold a connection (HTTP_LIMIT_SETTINGS). */
  http: HttpLimits;
  /** Request budgets per client (RATE_LIMIT_SETTINGS), counted in PostgreSQL unless RATE_LIMIT_STORE=memory. */
  rateLimits: RateLimits;
  /** Bounds on WebSocket subscriptions (SUBSCRIPTION_SETTINGS). */
  subscriptions: SubscriptionSettings;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For names the client. Off by default. */
  trustProxy: string | number | boolean;
  /** Which browser origins may call the API (CORS_ORIGINS; server/cors.ts). */
  cors: CorsPolicy;
  /** Bearer token `/metrics` asks for (METRICS_TOKEN); open without. */
  metricsToken: string | undefined;
  /** Read statements slower than this are logged (SLOW_STATEMENT_MS). */
  slowStatementMs: number;
  /** TRUSTED_DOCUMENTS: `only` runs registered operations alone (not enforced in development). */
  trustedDocuments: TrustedDocumentsMode;
  /** Persisted queries, the response cache's bounds and HTTP caching (OPERATION_SETTINGS). */
  operations: OperationSettings;
  /** The response cache (RESPONSE_CACHE=on, the default; `off` computes every answer). */
  responseCache: boolean;
  /** The graph kept in memory for the walks (GRAPH_MEMORY=on, the default; `off` walks in SQL alone), and its bounds. */
  graphMemory: GraphMemorySettings | null;
  /** Base of the nodes' IRIs (PUBLIC_BASE_URL, no trailing slash); the server's own address when unset. */
  publicBaseUrl: string | undefined;
  /**
   * Apollo's CSRF prevention (CSRF_PREVENTION=on): GETs and form-like POSTs need a preflight-forcing header.
   * Off by default: credentials come only from `Authorization`, which a cross-site page cannot make a browser
   * send, so a forged request can do no more than the page could do itself. On where cookies carry credentials.
   */
  csrfPrevention: boolean;
}

function readOnOff(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "" || value === "off") return false;
  if (value === "on") return true;
  throw new Error(`${name} must be "on" or "off", got "${value}"`);
}

/** TRUST_PROXY as Express reads it: `true`, a number of hops (`1`), or addresses and names (`loopback, 10.0.0.0/8`). */
function readTrustProxy(value: string | undefined): string | number | boolean {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  if (/^[0-9]+$/.test(value)) return Number(value);
  return value;
}

function readPublicBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !["http:", "https:"].includes(url.protocol) || url.search || url.hash)
    throw new Error(`PUBLIC_BASE_URL must be an http(s) URL without query or fragment, got "${value}"`);
  return url.toString().replace(/\/+$/, "");
}

/**
 * Development is asked for, never assumed: NODE_ENV exactly `development` or `test`, or no NODE_ENV at all
 * on a loopback address (a fresh clone). Anything else (`prod`, `staging`, a typo) runs as production,
 * so a mistake fails closed.
 */
export function isDevelopment(env: NodeJS.ProcessEnv, host: string): boolean {
  if (env.NODE_ENV === "development" || env.NODE_ENV === "test") return true;
  return !env.NODE_ENV && ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

export function readServerSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const host = env.HOST ?? "localhost";
  const production = !isDevelopment(env, host);
  return {
    port,
    host,
    production,
    reportSqlStatements: !production || env.IPO_REPORT_SQL_STATEMENTS === "1",
    batchLoads: env.IPO_BATCHING !== "off",
    auth: readAuthSettings(env, production),
    limits: readSettings(REQUEST_LIMIT_SETTINGS, env),
    work: readSettings(WORK_LIMIT_SETTINGS, env),
    http: readSettings(HTTP_LIMIT_SETTINGS, env),
    rateLimits: { ...readSettings(RATE_LIMIT_SETTINGS, env), store: readRateLimitStore(env.RATE_LIMIT_STORE) },
    subscriptions: readSettings(SUBSCRIPTION_SETTINGS, env),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    cors: readCorsPolicy(env.CORS_ORIGINS, production),
    metricsToken: env.METRICS_TOKEN || undefined,
    slowStatementMs: positiveInteger(env.SLOW_STATEMENT_MS, DEFAULT_SLOW_STATEMENT_MS, "SLOW_STATEMENT_MS"),
    trustedDocuments: readTrustedDocumentsMode(env.TRUSTED_DOCUMENTS),
    operations: readSettings(OPERATION_SETTINGS, env),
    responseCache: readOnOff(env.RESPONSE_CACHE || "on", "RESPONSE_CACHE"),
    graphMemory: readOnOff(env.GRAPH_MEMORY || "on", "GRAPH_MEMORY") ? readSettings(GRAPH_MEMORY_SETTINGS, env) : null,
    publicBaseUrl: readPublicBaseUrl(env.PUBLIC_BASE_URL),
    csrfPrevention: readOnOff(env.CSRF_PREVENTION, "CSRF_PREVENTION"),
  };
}
