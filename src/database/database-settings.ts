import path from "node:path";
import { PROJECT_ROOT } from "../platform/project-root";
import { positiveInteger, readSettings } from "../platform/settings";
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from "./client-timeouts";
import { readReplicaUrls, REPLICA_SETTINGS, type ReplicaSettings } from "./replica-settings";

/** Which PostgreSQL the process uses and how it talks to it, read from the environment. */
export interface DatabaseSettings {
  /** PostgreSQL to use; when absent, an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Streaming replicas of DATABASE_URL that take reads (DATABASE_READ_URLS); none by default. */
  readUrls: string[];
  replicas: ReplicaSettings;
  /** Folder that holds the embedded PostgreSQL's data between runs. */
  embeddedDataDir: string;
  /** PostgreSQL cancels statements running longer than this (STATEMENT_TIMEOUT_MS, default 5000). */
  statementTimeoutMs: number;
  /** Client-side bound on opening a connection (CONNECT_TIMEOUT_MS, default 3000); a statement is also given up on by the client 2 s after `statementTimeoutMs`, so a frozen PostgreSQL is noticed. */
  connectTimeoutMs: number;
  /** Secret the read roles' passwords are derived from (READ_ROLE_SECRET); the owner's credentials when unset. */
  readRoleSecret: string | undefined;
}

export function readDatabaseSettings(env: NodeJS.ProcessEnv): DatabaseSettings {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    readUrls: readReplicaUrls(env.DATABASE_READ_URLS),
    replicas: readSettings(REPLICA_SETTINGS, env),
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR ?? path.join(PROJECT_ROOT, ".data", "postgres")),
    statementTimeoutMs: positiveInteger(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, "STATEMENT_TIMEOUT_MS"),
    connectTimeoutMs: positiveInteger(env.CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, "CONNECT_TIMEOUT_MS"),
    readRoleSecret: env.READ_ROLE_SECRET || undefined,
  };
}
