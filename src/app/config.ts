import { readReplicaUrls, REPLICA_SETTINGS, type ReplicaSettings } from "../database/replica-settings";
import { SUBSCRIPTION_SETTINGS, type SubscriptionSettings } from "../features/subscriptions/subscription-settings";
import path from "node:path";
import { PROJECT_ROOT } from "../platform/project-root";
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from "../database/client-timeouts";
import { RATE_LIMIT_SETTINGS, type RateLimits } from "../features/limits/rate-limit-settings";
import { REQUEST_LIMIT_SETTINGS, type RequestLimits } from "../features/limits/request-limits";
import { WORK_LIMIT_SETTINGS, type WorkLimits } from "../features/limits/work-limit-settings";
import { HTTP_LIMIT_SETTINGS, type HttpLimits } from "../features/limits/http-limit-settings";
import { positiveInteger, readSettings } from "../platform/settings";
import { readCorsPolicy, type CorsPolicy } from "../server/cors";
import { DEFAULT_SLOW_STATEMENT_MS } from "../sql/sql-runner";
import { OPERATION_SETTINGS, readTrustedDocumentsMode, type OperationSettings, type TrustedDocumentsMode } from "../features/operations/operation-settings";

/** Everything the process reads from its environment, with defaults that work on a fresh clone. */
export interface AppConfig {
  /** PostgreSQL to use; when absent, an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Streaming replicas of DATABASE_URL that take reads (DATABASE_READ_URLS); none by default. */
  readUrls: string[];
  replicas: ReplicaSettings;
  subscriptions: SubscriptionSettings;
  /** Folder that holds the embedded PostgreSQL's data between runs. */
  embeddedDataDir: string;
  port: number;
  host: string;
  /** Everything but an explicit development mode (see `isDevelopment`): no introspection, Sandbox, local secret or statement counts. */
  production: boolean;
  /** Seed the database on start when it holds no data yet. */
  seedOnStart: boolean;
  maxPageSize: number;
  /** Batch loads per tick (the default). Off only to measure what batching buys (`IPO_BATCHING=off`). */
  batchLoads: boolean;
  /** Report SQL statements per request in `extensions.sqlStatements`: outside production, or with IPO_REPORT_SQL_STATEMENTS=1. */
  reportSqlStatements: boolean;
  /** PostgreSQL cancels statements running longer than this (STATEMENT_TIMEOUT_MS, default 5000). */
  statementTimeoutMs: number;
  /** Client-side bound on opening a connection (CONNECT_TIMEOUT_MS, default 3000); a statement is also given up on by the client 2 s after `statementTimeoutMs`, so a frozen PostgreSQL is noticed. */
  connectTimeoutMs: number;
  /** Bounds on one request (REQUEST_LIMIT_SETTINGS: defaults and the variables that override them). */
  limits: RequestLimits;
  /** What the process runs and keeps at once (WORK_LIMIT_SETTINGS). */
  work: WorkLimits;
  /** How long a slow client may hold a connection (HTTP_LIMIT_SETTINGS). */
  http: HttpLimits;
  /** Request budgets per client (RATE_LIMIT_SETTINGS), counted in PostgreSQL unless RATE_LIMIT_STORE=memory. */
  rateLimits: RateLimits;
  /** Secret the read roles' passwords are derived from (READ_ROLE_SECRET); the owner's credentials when unset. */
  readRoleSecret: string | undefined;
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
  /** Persisted queries and HTTP caching (OPERATION_SETTINGS). */
  operations: OperationSettings;
  /** Base of the nodes' IRIs (PUBLIC_BASE_URL, no trailing slash); the server's own address when unset. */
  publicBaseUrl: string | undefined;
  auth: {
    /** Longest lifetime of a token accepted (AUTH_MAX_TOKEN_HOURS, default 24): a longer one is refused. */
    maxTokenHours: number;
    /** HS256 shared secret for bearer tokens; in development a fixed local secret when unset. */
    jwtSecret: string | undefined;
    /** JWKS URL of the identity provider (production); takes precedence over the secret. */
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
  };
}

function rateLimitStore(value: string | undefined): RateLimits["store"] {
  if (value === undefined || value === "" || value === "postgres") return "postgres";
  if (value === "memory") return "memory";
  throw new Error(`RATE_LIMIT_STORE must be "postgres" or "memory", got "${value}"`);
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
  if (!url || !["http:", "https:"].includes(url.protocol) || url.search || url.hash) throw new Error(`PUBLIC_BASE_URL must be an http(s) URL without query or fragment, got "${value}"`);
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

/** In development only: lets `npm run token` and a fresh clone agree without configuration. */
export const LOCAL_DEVELOPMENT_SECRET = "ipo-graph-local-development-secret-not-for-production";

export const DEFAULT_MAX_TOKEN_HOURS = 24;

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const host = env.HOST ?? "localhost";
  const production = !isDevelopment(env, host);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    readUrls: readReplicaUrls(env.DATABASE_READ_URLS),
    replicas: readSettings(REPLICA_SETTINGS, env),
    subscriptions: readSettings(SUBSCRIPTION_SETTINGS, env),
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR ?? path.join(PROJECT_ROOT, ".data", "postgres")),
    port,
    host,
    production,
    seedOnStart: env.SEED_ON_START !== "false",
    maxPageSize: 100,
    batchLoads: env.IPO_BATCHING !== "off",
    reportSqlStatements: !production || env.IPO_REPORT_SQL_STATEMENTS === "1",
    statementTimeoutMs: positiveInteger(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, "STATEMENT_TIMEOUT_MS"),
    connectTimeoutMs: positiveInteger(env.CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, "CONNECT_TIMEOUT_MS"),
    limits: readSettings(REQUEST_LIMIT_SETTINGS, env),
    work: readSettings(WORK_LIMIT_SETTINGS, env),
    http: readSettings(HTTP_LIMIT_SETTINGS, env),
    rateLimits: { ...readSettings(RATE_LIMIT_SETTINGS, env), store: rateLimitStore(env.RATE_LIMIT_STORE) },
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    cors: readCorsPolicy(env.CORS_ORIGINS, production),
    metricsToken: env.METRICS_TOKEN || undefined,
    slowStatementMs: positiveInteger(env.SLOW_STATEMENT_MS, DEFAULT_SLOW_STATEMENT_MS, "SLOW_STATEMENT_MS"),
    readRoleSecret: env.READ_ROLE_SECRET || undefined,
    trustedDocuments: readTrustedDocumentsMode(env.TRUSTED_DOCUMENTS),
    operations: readSettings(OPERATION_SETTINGS, env),
    publicBaseUrl: readPublicBaseUrl(env.PUBLIC_BASE_URL),
    auth: {
      maxTokenHours: positiveInteger(env.AUTH_MAX_TOKEN_HOURS, DEFAULT_MAX_TOKEN_HOURS, "AUTH_MAX_TOKEN_HOURS"),
      jwtSecret: env.AUTH_JWT_SECRET || (production ? undefined : LOCAL_DEVELOPMENT_SECRET),
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER || undefined,
      audience: env.AUTH_AUDIENCE || undefined,
    },
  };
}
