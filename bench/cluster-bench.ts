import autocannon from "autocannon";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Pool } from "pg";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { SignJWT } from "jose";
import { startApiProcess, type ApiProcess } from "../src/app/cluster/api-process";
import { startLoadBalancer } from "../src/app/cluster/load-balancer";
import { startPostgresPair } from "../src/app/cluster/postgres-pair";
import { findFreePort } from "../src/platform/free-port";
import { PROJECT_ROOT } from "../src/platform/project-root";
import { operations, pickTargets } from "./operations";
import { LOCAL_DEVELOPMENT_SECRET } from "../src/request/auth-settings";

const run = promisify(execFile);

/**
 * `npm run bench:cluster [-- --scale 10 --duration 10 --fan-out-only]`: the peer bench's three reads through haproxy with
 * one and two API replicas, reads on the primary or on the streaming standby; then the time from a write
 * to its event on 100 subscriptions spread over two replicas. Everything on this machine (2 cores shared),
 * so the point is how the cost splits, not the totals.
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
  const scale = option("scale", 10);
  const duration = option("duration", 10);
  const pair = await startPostgresPair(path.join(PROJECT_ROOT, ".data", "cluster-bench"));
  const apis: ApiProcess[] = [];
  try {
    const base = {
      DATABASE_URL: pair.primaryUrl,
      AUTH_JWT_SECRET: LOCAL_DEVELOPMENT_SECRET,
      NODE_ENV: "production",
      RATE_LIMIT_REQUESTS: "1000000000",
      TRUST_PROXY: "loopback",
      REPLICA_CHECK_MS: "250",
      LOG_LEVEL: "warn",
    };
    // migrate and seed through one replica, then add the synthetic network
    const phase = (text: string) => console.log(`[${new Date().toISOString()}] ${text}`);
    phase("postgres pair up; migrating and seeding");
    const first = await startApiProcess("seed", await findFreePort(), base);
    phase("seeded; stopping the seeding replica");
    await first.stop();
    phase(`adding the synthetic network (scale ${scale})`);
    await run(
      process.execPath,
      [path.join(PROJECT_ROOT, "dist", "src", "app", "cli", "seed-synthetic.cli.js"), "--scale", String(scale), "--seed", "42"],
      { env: { ...process.env, DATABASE_URL: pair.primaryUrl }, maxBuffer: 16 * 1024 * 1024 },
    );
    const pool = new Pool({ connectionString: pair.primaryUrl, max: 2 });
    const targets = await pickTargets(pool);
    await pool.end();
    phase("waiting for the standby to replay it");
    await waitForReplay(pair.primaryUrl, pair.standbyUrl);
    phase("measuring");
    const reads = operations(targets)
      .filter((operation) => !operation.unbatched)
      .slice(0, 2);
    const peerReads = [
      { key: "list", query: reads[0]!.query, variables: {} },
      { key: "institution", query: reads[1]!.query, variables: reads[1]!.variables!() },
      { key: "simple", query: `{ experiments(first: 50) { nodes { id title } } }`, variables: {} },
    ];

    const results: Array<Record<string, unknown>> = [];
    for (const config of args.includes("--fan-out-only")
      ? []
      : [
          { apis: 1, readsOn: "primary" },
          { apis: 1, readsOn: "standby" },
          { apis: 2, readsOn: "primary" },
          { apis: 2, readsOn: "standby" },
        ]) {
      const env = { ...base, DATABASE_READ_URLS: config.readsOn === "standby" ? pair.standbyUrl : "" };
      for (let index = 0; index < config.apis; index++)
        apis.push(await startApiProcess(String.fromCharCode(97 + index), await findFreePort(), env));
      const balancer = await startLoadBalancer(
        path.join(PROJECT_ROOT, ".data", "cluster-bench"),
        await findFreePort(),
        apis.map((api) => ({ name: api.name, port: api.port })),
      );
      for (const read of peerReads) {
        const body = JSON.stringify({ query: read.query, variables: read.variables });
        await autocannon({
          url: `${balancer.url}/graphql`,
          connections: 10,
          duration: 3,
          requests: [{ method: "POST", headers: { "content-type": "application/json" }, body }],
        });
        const result = await autocannon({
          url: `${balancer.url}/graphql`,
          connections: 10,
          duration,
          requests: [{ method: "POST", headers: { "content-type": "application/json" }, body }],
        });
        const row = {
          apis: config.apis,
          readsOn: config.readsOn,
          read: read.key,
          requestsPerSecond: Math.round(result.requests.average),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx + result.timeouts,
        };
        results.push(row);
        console.log(JSON.stringify(row));
      }
      await balancer.stop();
      await Promise.all(apis.splice(0).map((api) => api.stop()));
    }

    // fan-out: 100 subscriptions over 10 sockets (SUBSCRIPTIONS_PER_CONNECTION is 20), 5 on each of two replicas, and 30 writes
    const env = { ...base, DATABASE_READ_URLS: pair.standbyUrl };
    for (const name of ["a", "b"]) apis.push(await startApiProcess(name, await findFreePort(), env));
    const editor = await new SignJWT({ role: "EDITOR" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("bench")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(LOCAL_DEVELOPMENT_SECRET));
    const target = (await graphql(apis[0]!.url, `{ institution(slug: "lumc") { id version } }`)).data.institution;
    const waiting = new Map<number, number>();
    const delays: number[] = [];
    const clients = Array.from({ length: 10 }, (_, index) =>
      createClient({ url: `ws://127.0.0.1:${apis[index % 2]!.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 }),
    );
    const refused: unknown[] = [];
    for (let index = 0; index < 100; index++) {
      clients[index % 10]!.subscribe(
        { query: `subscription ($id: ID!) { nodeChanged(id: $id) { version } }`, variables: { id: target.id } },
        {
          next: (value: any) => {
            if (value.errors) return void refused.push(value.errors);
            const sentAt = waiting.get(value.data.nodeChanged.version);
            if (sentAt !== undefined) delays.push(performance.now() - sentAt);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const mutationMs: number[] = [];
    let version = target.version;
    for (let write = 0; write < 30; write++) {
      const sentAt = performance.now();
      waiting.set(version + 1, sentAt);
      const answer = await graphql(
        apis[write % 2]!.url,
        `mutation ($id: ID!, $version: Int!, $text: String!) { updateInstitution(id: $id, expectedVersion: $version, input: { description: $text }) { version } }`,
        { id: target.id, version, text: `fan-out ${write}` },
        editor,
      );
      mutationMs.push(performance.now() - sentAt);
      version = answer.data.updateInstitution.version;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await Promise.all(clients.map((client) => client.dispose()));
    const fanOut = {
      subscriptions: 100,
      refused: refused.length,
      writes: 30,
      events: delays.length,
      expectedEvents: 3_000,
      writeToEventMs: percentiles(delays),
      mutationResponseMs: percentiles(mutationMs),
    };
    console.log(JSON.stringify({ fanOut }));
    console.log(`\nRESULTS ${JSON.stringify({ scale, duration, reads: results, fanOut })}`);
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await pair.stop();
  }
}

async function graphql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function percentiles(values: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(10 * (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN)) / 10;
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** Waits until the standby has replayed everything the primary has written (the synthetic network is large). */
async function waitForReplay(primaryUrl: string, standbyUrl: string): Promise<void> {
  const primary = new Pool({ connectionString: primaryUrl, max: 1 });
  const standby = new Pool({ connectionString: standbyUrl, max: 1 });
  try {
    const { rows } = await primary.query(`select pg_current_wal_lsn() as lsn`);
    for (;;) {
      const { rows: replayed } = await standby.query(`select pg_last_wal_replay_lsn() >= $1::pg_lsn as done`, [rows[0].lsn]);
      if (replayed[0].done) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await primary.end();
    await standby.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
