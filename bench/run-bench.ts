import "reflect-metadata";
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client, Pool } from "pg";
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from "../src/app/server-process";
import { readConfig } from "../src/app/config";
import { connectDatabase } from "../src/database/connect";
import { seed } from "../src/app/seed/seeder";
import { generateSyntheticNetwork, type SyntheticCounts } from "../src/app/synthetic/synthetic-network";
import { operations, pickTargets } from "./operations";

/**
 * `npm run bench [-- --scale 10 --duration 10 --warmup 3]`: IPO Graph (NODE_ENV=production) against the
 * floor (hand-written SQL through pg behind a plain HTTP handler) on a synthetic network, with autocannon
 * at 1 and 10 connections. Prints one table and writes it to docs/benchmarks.md.
 * `--only <text>` runs only the operations whose name contains the text (and writes nothing).
 */
const ROOT = path.join(__dirname, "..", "..");

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function startProcess(
  script: string,
  env: Record<string, string>,
  readyPattern: RegExp,
  nodeFlags: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...nodeFlags, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    let ready = false;
    const onData = (chunk: Buffer) => {
      // once the server is up its lines are only drained: reading a line per request would make this process, which
      // is also the load generator, work more for the faster server (and matching the whole output grows without end)
      if (ready) return;
      output += chunk.toString();
      const match = readyPattern.exec(output);
      if (match) {
        ready = true;
        output = "";
        resolve({ child, url: match[1] });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Peak resident memory (VmHWM) of a process in MB; `reset` starts a new peak (Linux clear_refs 5). */
function peakRss(pid: number, reset = false): number | null {
  try {
    if (reset) writeFileSync(`/proc/${pid}/clear_refs`, "5");
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, body: () => string, connections: number, duration: number): Promise<Measured> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      { method: "POST", headers: { "content-type": "application/json" }, setupRequest: (request: any) => ({ ...request, body: body() }) },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

async function once(url: string, body: string): Promise<{ json: any; statements: number }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await response.json()) as any;
  if (response.status !== 200 || json.errors || json.error)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return { json, statements: Number(json.extensions?.sqlStatements ?? response.headers.get("x-sql-statements")) };
}

async function main() {
  const scale = flag("scale", 10);
  const duration = flag("duration", 10);
  const warmup = flag("warmup", 3);
  const connectionCounts = [1, 10];
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : "";

  const config = readConfig();
  config.embeddedDataDir = path.join(ROOT, ".data", "bench-postgres");
  const database = await connectDatabase(config);
  let counts: SyntheticCounts;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await seed(database.orm);
    const startedAt = Date.now();
    counts = await generateSyntheticNetwork(client, scale, 42);
    console.log(`Synthetic network at scale ${scale} loaded in ${Date.now() - startedAt} ms:`, counts);
  } finally {
    await client.end();
  }
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const targets = await pickTargets(pool);
  await pool.end();
  const [pgVersion] = (await database.orm.em.getConnection().execute(`select version()`)) as Array<{ version: string }>;

  const serverScript = path.join(ROOT, "dist", "src", "app", "main.js");
  // one client sends every request of a run: its budget must not be what is measured (the counting itself is)
  // the process as `npm start` runs it (src/app/server-process.ts), so the benchmark measures the same process
  const common = {
    ...SERVER_ENVIRONMENT,
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    IPO_REPORT_SQL_STATEMENTS: "1",
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_ON_START: "false",
    RATE_LIMIT_REQUESTS: "1000000000",
  };
  // what a request costs to compute: the response cache off; a second server as shipped (cache on) shows what repeated reads get
  const api = await startProcess(serverScript, { ...common, RESPONSE_CACHE: "off" }, /IPO Graph ready at (\S+)/, SERVER_NODE_FLAGS);
  const cached = await startProcess(serverScript, common, /IPO Graph ready at (\S+)/, SERVER_NODE_FLAGS);
  const unbatched = await startProcess(
    serverScript,
    { ...common, IPO_BATCHING: "off", RESPONSE_CACHE: "off" },
    /IPO Graph ready at (\S+)/,
    SERVER_NODE_FLAGS,
  );
  const floor = await startProcess(
    path.join(ROOT, "dist", "bench", "floor-server.js"),
    { DATABASE_URL: database.url, BENCH_TARGETS: JSON.stringify(targets) },
    /FLOOR READY (\S+)/,
  );

  const rows: string[][] = [];
  try {
    for (const operation of operations(targets).filter((op) => op.name.includes(only))) {
      const server = operation.unbatched ? unbatched : api;
      const apiBody = () => JSON.stringify({ query: operation.query, variables: operation.variables?.() ?? {} });
      const floorBody = () => JSON.stringify({ op: operation.name, variables: operation.variables?.() ?? {} });
      const ours = await once(server.url, apiBody());
      const theirs = await once(floor.url, floorBody());
      for (const connections of connectionCounts) {
        await load(server.url, apiBody, connections, warmup);
        peakRss(server.child.pid!, true);
        const measured = await load(server.url, apiBody, connections, duration);
        const rss = peakRss(server.child.pid!);
        await load(floor.url, floorBody, connections, warmup);
        const base = await load(floor.url, floorBody, connections, duration);
        // the same requests again and again: after the first, every one a hit (search cycles through its words)
        const repeated = operation.unbatched ? null : await load(cached.url, apiBody, connections, duration);
        const row = [
          operation.name,
          String(connections),
          measured.requestsPerSecond.toFixed(0),
          String(measured.p50),
          String(measured.p99),
          String(ours.statements),
          rss === null ? "n/a" : rss.toFixed(0),
          base.requestsPerSecond.toFixed(0),
          String(base.p99),
          String(theirs.statements),
          (measured.requestsPerSecond / base.requestsPerSecond).toFixed(2),
          String(measured.errors + base.errors),
          repeated ? repeated.requestsPerSecond.toFixed(0) : "n/a",
        ];
        rows.push(row);
        console.log(row.join(" | "));
      }
    }
  } finally {
    await Promise.all([stop(api.child), stop(cached.child), stop(unbatched.child), stop(floor.child)]);
    await database.close();
  }

  const header = [
    "operation",
    "conns",
    "req/s",
    "p50 ms",
    "p99 ms",
    "SQL/req",
    "peak RSS MB",
    "floor req/s",
    "floor p99 ms",
    "floor SQL/req",
    "ratio to floor",
    "errors",
    "req/s, response cache on",
  ];
  const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${pgVersion.version.split(" on ")[0]}`;
  const section = [
    `<!-- results:scale-${scale}:start -->`,
    `### Scale ${scale} (${new Date().toISOString().slice(0, 10)})`,
    "",
    `Network: ${counts.institutions} institutions, ${counts.people} people, ${counts.experiments} synthetic experiments, ${counts.edges} edges (plus the seed data). ${duration} s per measurement after ${warmup} s warm-up; autocannon on the same machine.`,
    `Machine: ${machine}.`,
    "",
    table,
    `<!-- results:scale-${scale}:end -->`,
  ].join("\n");
  console.log(`\n${table}\n`);
  if (only) return;
  const file = path.join(ROOT, "docs", "benchmarks.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const marker = new RegExp(`<!-- results:scale-${scale}:start -->[\\s\\S]*<!-- results:scale-${scale}:end -->`);
  writeFileSync(file, marker.test(current) ? current.replace(marker, section) : `${current.trimEnd()}\n\n${section}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
