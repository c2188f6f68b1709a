import type { MikroORM } from "@mikro-orm/postgresql";
import { SignJWT } from "jose";
import type { Role } from "../../src/model/viewer";
import { readConfig, type AppConfig } from "../../src/app/config";
import type { ServerSettings } from "../../src/server/server-settings";
import { connectDatabase, type Database } from "../../src/database/connect";
import type { RateLimits } from "../../src/features/limits/rate-limit-settings";
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from "../../src/features/limits/request-limits";
import type { OperationSettings, TrustedDocumentsMode } from "../../src/features/operations/operation-settings";
import { startHttpServer, type RunningServer } from "../../src/server/create-server";
import { readCorsPolicy } from "../../src/server/cors";
import { createTestDatabase } from "./test-database";
import type { WorkLimits } from "../../src/features/limits/work-limit-settings";
import { LOCAL_DEVELOPMENT_SECRET } from "../../src/request/auth-settings";

export interface GraphQLResponse {
  status: number;
  body: {
    data?: any;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
    extensions?: Record<string, any>;
  };
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  /** POSTs an operation to the real HTTP server, anonymously or with a token for `as`. */
  query(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Role; headers?: Record<string, string> },
  ): Promise<GraphQLResponse>;
  /** SQL statements the database received while `run` ran, counted by the ORM's query log. */
  countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }>;
  /** The text of the SQL statements the database received while `run` ran, in order. */
  recordStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

/** A bearer token for a role, signed with the secret the test servers use (the local development one). */
export function tokenFor(
  role: Role,
  { secret = LOCAL_DEVELOPMENT_SECRET, expiresIn = "1h" }: { secret?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(`test-${role.toLowerCase()}`)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/**
 * What a test server is told: the configuration a fresh clone reads (development, the local secret), on a free
 * port of 127.0.0.1, as production or not (statement counts, CORS defaults follow), with the test's overrides.
 */
export function testServerSettings(config: AppConfig, production: boolean, overrides: Partial<ServerSettings> = {}): ServerSettings {
  return {
    ...config,
    port: 0,
    host: "127.0.0.1",
    production,
    reportSqlStatements: !production,
    cors: readCorsPolicy(undefined, production),
    ...overrides,
  };
}

/**
 * The real server on a free port, over a fresh database of its own: a copy of the run's migrated and seeded template
 * (or of the migrated one, `seeded: false`).
 * Rate limits count in PostgreSQL as in production, with budgets no test reaches unless it sets them.
 */
export async function startTestApp({
  seeded = true,
  limits,
  rateLimits,
  corsOrigins,
  production = false,
  trustedDocuments,
  operations,
  csrfPrevention = false,
  work,
  responseCache,
  graphMemory = false,
  publicBaseUrl,
}: {
  seeded?: boolean;
  limits?: Partial<RequestLimits>;
  rateLimits?: Partial<RateLimits>;
  corsOrigins?: string;
  production?: boolean;
  trustedDocuments?: TrustedDocumentsMode;
  operations?: Partial<OperationSettings>;
  /** Apollo's CSRF prevention (CSRF_PREVENTION=on); off as by default. */
  csrfPrevention?: boolean;
  work?: Partial<WorkLimits>;
  /** The response cache (on by default, as in production). */
  responseCache?: boolean;
  /**
   * The graph in memory for the walks (GRAPH_MEMORY). Off unless asked: it is read in the background and again
   * after every write, so walks would cost SQL statements or none depending on timing (test/graph-memory.test.ts).
   */
  graphMemory?: boolean;
  /** The base of IRIs (PUBLIC_BASE_URL); by default the server's own address. */
  publicBaseUrl?: string;
} = {}): Promise<TestApp> {
  const db = await createTestDatabase({ template: seeded ? "seeded" : "migrated" });
  let counting = false;
  let statements = 0;
  let recorded: string[] | undefined;
  const config = { ...readConfig({}), databaseUrl: db.url };
  const database: Database = await connectDatabase(config, {
    onQuery: (sql) => {
      if (counting) statements += 1;
      recorded?.push(sql);
    },
  });
  const server: RunningServer = await startHttpServer(
    database,
    testServerSettings(config, production, {
      trustedDocuments: trustedDocuments ?? "off",
      operations: { ...config.operations, ...operations },
      limits: { ...DEFAULT_REQUEST_LIMITS, ...limits },
      rateLimits: { ...config.rateLimits, requests: 1_000_000, anonymousWrites: 1_000_000, ...rateLimits },
      cors: readCorsPolicy(corsOrigins, false),
      csrfPrevention,
      work: { ...config.work, ...work },
      responseCache: responseCache ?? config.responseCache,
      graphMemory: graphMemory ? config.graphMemory : null,
      publicBaseUrl: publicBaseUrl ?? config.publicBaseUrl,
    }),
  );
  return {
    url: server.url,
    databaseUrl: db.url,
    orm: database.orm,
    async query(query, variables, options = {}) {
      const authorization: Record<string, string> = options.as ? { authorization: `Bearer ${await tokenFor(options.as)}` } : {};
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...authorization, ...options.headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] };
    },
    async recordStatements(run) {
      recorded = [];
      try {
        const result = await run();
        return { result, statements: recorded };
      } finally {
        recorded = undefined;
      }
    },
    async countStatements(run) {
      statements = 0;
      counting = true;
      try {
        const result = await run();
        return { result, statements };
      } finally {
        counting = false;
      }
    },
    async close() {
      await server.stop();
      await database.close();
      await db.drop();
    },
  };
}
