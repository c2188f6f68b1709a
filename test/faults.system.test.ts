import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { ensureDatabase } from "../src/database/embedded-postgres";
import { signalPostgres, startPostgres, stopPostgres, type ControlledPostgres } from "./support/postgres-control";
import { editorToken, send, sendOnNewConnection, startServerProcess, type Answer, type ServerProcess } from "./support/server-process";

const READ = `{ experiments(first: 5) { nodes { title institutions(first: 3) { institution { name } } } } }`;
const WRITE = `mutation($name: String!) { createRegion(input: { name: $name }) { id name } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample extends Answer {
  kind: "read" | "write";
  at: number;
  ms: number;
  name?: string;
}

let counter = 0;

/** Readers and writers that run until stopped, keeping every answer. */
function mixedLoad(url: string, token: string, { readers = 3, writers = 2 } = {}) {
  const samples: Sample[] = [];
  let running = true;
  const loop = async (kind: Sample["kind"]) => {
    while (running) {
      const at = Date.now();
      const name = kind === "write" ? `Regio storing ${process.pid}-${++counter}` : undefined;
      const answer = kind === "read" ? await send(url, READ) : await send(url, WRITE, { name }, { authorization: `Bearer ${token}` });
      samples.push({ ...answer, kind, at, ms: Date.now() - at, name });
      await sleep(answer.status === 200 ? 5 : 50);
    }
  };
  const workers = [...Array.from({ length: readers }, () => loop("read")), ...Array.from({ length: writers }, () => loop("write"))];
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

const codeOf = (sample: Answer) => sample.body?.errors?.[0]?.extensions?.code as string | undefined;

/** What a client saw: counts by kind of answer. */
function tally(samples: Sample[]) {
  const counts: Record<string, number> = {};
  for (const sample of samples) {
    const key = sample.networkError ? `network ${sample.networkError}` : `${sample.status} ${codeOf(sample) ?? "OK"}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Every answer is a success or a clean, coded 503 with Retry-After; nothing else, and no SQL or stack in a message. */
function expectCleanAnswers(samples: Sample[]) {
  for (const sample of samples) {
    expect(sample.networkError).toBeUndefined();
    if (sample.status === 200 && !sample.body?.errors) continue;
    expect({ status: sample.status, code: codeOf(sample) }).toEqual({ status: 503, code: "SERVICE_UNAVAILABLE" });
    expect(Number(sample.retryAfter)).toBeGreaterThan(0);
    const text = JSON.stringify(sample.body);
    expect(text).not.toMatch(/select |insert into| {4}at |ECONN/i);
  }
}

describe("PostgreSQL faults under a mixed read/write load", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipo-graph-faults-"));
  let db: ControlledPostgres;
  let port: number;
  let databaseUrl: string;
  let server: ServerProcess;
  let token: string;
  const report: string[] = [];

  beforeAll(async () => {
    db = await startPostgres(dataDir);
    port = db.port;
    databaseUrl = await ensureDatabase(db.serverUrl, "ipo_faults");
    server = await startServerProcess({ DATABASE_URL: databaseUrl, STATEMENT_TIMEOUT_MS: "1500", CONNECT_TIMEOUT_MS: "1000" });
    token = await editorToken();
  }, 120_000);
  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    await stopPostgres(dataDir);
    const unexpected =
      server
        ?.output()
        .split("\n")
        .filter((line) => line.includes('"level":50')) ?? [];
    console.log([...report, `server log: ${unexpected.length} unexpected errors`, ...unexpected.slice(0, 5)].join("\n"));
  });

  const readyz = async () => {
    const startedAt = Date.now();
    const response = await fetch(server.url.replace(/\/graphql$/, "/readyz")).catch(() => undefined);
    return { status: response?.status ?? 0, ms: Date.now() - startedAt };
  };

  /** Runs the load across `fault`, then checks the answers, the recovery and the acknowledged writes. */
  async function survive(name: string, fault: () => Promise<number>, { maxAnswerMs = 10_000 } = {}) {
    const load = mixedLoad(server.url, token);
    let backAt: number;
    let recoveredAt: number | undefined;
    try {
      await sleep(800);
      backAt = await fault();
      // recovered: the first successful read that started after the database was back
      for (let waited = 0; waited < 15_000 && recoveredAt === undefined; waited += 50) {
        const ok = load.samples.find((s) => s.kind === "read" && s.at >= backAt && s.status === 200 && !s.body?.errors);
        if (ok) recoveredAt = ok.at + ok.ms;
        else await sleep(50);
      }
      await sleep(500);
    } finally {
      await load.stop();
    }
    expectCleanAnswers(load.samples);
    expect(recoveredAt).toBeDefined();
    expect(Math.max(...load.samples.map((s) => s.ms))).toBeLessThan(maxAnswerMs);
    const acknowledged = load.samples
      .filter((s) => s.kind === "write" && s.status === 200 && s.body?.data?.createRegion?.id)
      .map((s) => s.name!);
    const owner = new Client({ connectionString: databaseUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `select r.name, count(a.pk)::int as events from region r left join audit_event a on a.node_type = 'Region' and a.node_pk = r.pk and a.action = 'CREATE' where r.name = any($1) group by r.name`,
        [acknowledged],
      );
      const events = new Map(rows.map((row: { name: string; events: number }) => [row.name, row.events]));
      expect(acknowledged.filter((n) => events.get(n) !== 1)).toEqual([]);
      report.push(
        `${name}: ${load.samples.length} answers ${JSON.stringify(tally(load.samples))}; ${acknowledged.length} acknowledged writes, ${events.size} present with one audit event each; slowest answer ${Math.max(...load.samples.map((s) => s.ms))} ms; recovered ${recoveredAt! - backAt!} ms after the database was back`,
      );
    } finally {
      await owner.end();
    }
  }

  it("a fast restart (pg_ctl stop -m fast, then start)", async () => {
    await survive("fast restart", async () => {
      await stopPostgres(dataDir);
      await sleep(1500);
      const during = await readyz();
      expect(during.status).toBe(503);
      // a persisted query's hash cannot be looked up: a miss (the client then sends the document), not a 500
      const sha256Hash = createHash("sha256").update(READ).digest("hex");
      const apq = (body: unknown) =>
        fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
          async (r) => ({ status: r.status, code: ((await r.json()) as any).errors?.[0]?.extensions?.code }),
        );
      expect(await apq({ extensions: { persistedQuery: { version: 1, sha256Hash } } })).toEqual({
        status: 200,
        code: "PERSISTED_QUERY_NOT_FOUND",
      });
      expect(await apq({ query: READ, extensions: { persistedQuery: { version: 1, sha256Hash } } })).toEqual({
        status: 503,
        code: "SERVICE_UNAVAILABLE",
      });
      db = await startPostgres(dataDir, port);
      return Date.now();
    });
  }, 60_000);

  it("kill -9 of the postmaster, then start", async () => {
    await survive("kill -9", async () => {
      process.kill(db.pid, "SIGKILL");
      await sleep(1500);
      expect((await readyz()).status).toBe(503);
      // the killed postmaster's backends notice and exit; until then its shared memory is in use
      for (let attempt = 0; ; attempt++) {
        try {
          db = await startPostgres(dataDir, port);
          break;
        } catch (error) {
          if (attempt > 40) throw error;
          await sleep(500);
        }
      }
      return Date.now();
    });
  }, 90_000);

  it("a frozen PostgreSQL (SIGSTOP for 6 s) is noticed by the client's timeouts within seconds, and /readyz says so", async () => {
    await survive(
      "frozen 6 s",
      async () => {
        signalPostgres(db.pid, "SIGSTOP");
        try {
          await sleep(1000);
          const during = await readyz();
          expect(during.status).toBe(503);
          expect(during.ms).toBeLessThan(3500);
          await sleep(5000);
        } finally {
          signalPostgres(db.pid, "SIGCONT");
        }
        return Date.now();
        // a statement is given up on 2 s after the 1.5 s statement timeout; a request runs at most a few in a row
      },
      { maxAnswerMs: 8000 },
    );
  }, 60_000);

  it("SIGTERM: a request in flight finishes, new connections are refused (at most one, racing the close, is reset), the process exits 0", async () => {
    const owner = new Client({ connectionString: databaseUrl });
    await owner.connect();
    // a lock makes a read wait: a request genuinely in flight when the signal comes
    await owner.query("begin");
    await owner.query("lock table experiment in access exclusive mode");
    const inFlight = send(server.url, `{ experiments(first: 1) { nodes { title } } }`);
    await sleep(300);
    server.child.kill("SIGTERM");
    // new clients keep arriving while the request is in flight; the lock is released on a timer, so the waiting
    // read stays well inside this server's 1.5 s statement timeout however slow the machine is
    const attempts: Answer[] = [];
    let arriving = true;
    const arrivals = (async () => {
      while (arriving) {
        attempts.push(await sendOnNewConnection(server.url, `{ viewer { role } }`));
        await sleep(20);
      }
    })();
    await sleep(600);
    await owner.query("commit");
    await owner.end();
    await sleep(200);
    arriving = false;
    await arrivals;
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body?.data?.experiments?.nodes).toHaveLength(1);
    expect(await server.exited).toBe(0);
    const outcomes = attempts.map((a) => a.networkError ?? String(a.status));
    // a connection accepted in the instant the listener closes can be reset (seen once in about 200 new
    // connections: the kernel's backlog, or the drain closing a socket that has not sent its request yet);
    // anything more is a shutdown that resets
    expect(outcomes.filter((o) => o === "ECONNRESET").length).toBeLessThanOrEqual(1);
    expect(outcomes.filter((o) => o !== "ECONNREFUSED" && o !== "200" && o !== "ECONNRESET")).toEqual([]);
    expect(outcomes.filter((o) => o === "ECONNREFUSED").length).toBeGreaterThan(attempts.length / 2);
    report.push(
      `SIGTERM: in-flight request answered ${answer.status}; ${attempts.length} new connections meanwhile: ${JSON.stringify(Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length])))}`,
    );
  }, 30_000);
});

describe("Ctrl-C in the terminal (SIGINT to the whole process group) with the embedded PostgreSQL", () => {
  it("finishes the request in flight, then stops the embedded PostgreSQL and exits 0", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipo-graph-ctrl-c-"));
    // detached: the server leads a process group of its own, like `npm start` in a terminal
    const server = await startServerProcess({ EMBEDDED_PG_DIR: dataDir, DATABASE_URL: "" }, { detached: true });
    const port = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const owner = new Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/ipo_graph` });
    await owner.connect();
    await owner.query("begin");
    await owner.query("lock table experiment in access exclusive mode");
    const inFlight = send(server.url, `{ experiments(first: 1) { nodes { title } } }`);
    await sleep(300);
    process.kill(-server.child.pid!, "SIGINT");
    await sleep(700);
    // the database is still there for the request in flight
    expect(() => process.kill(postmaster, 0)).not.toThrow();
    await owner.query("commit");
    await owner.end();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body?.data?.experiments?.nodes).toHaveLength(1);
    expect(await server.exited).toBe(0);
    // and the embedded PostgreSQL was stopped (it removes its pid file last; the process may take a moment to be reaped)
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    const probe = new Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
    await expect(probe.connect()).rejects.toThrow(/ECONNREFUSED/);
  }, 60_000);
});
