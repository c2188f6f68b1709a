import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import { Client } from "pg";
import WebSocket from "ws";
import { Role } from "../src/model/viewer";
import { spawn, type ChildProcess } from "node:child_process";
import { startApiProcess, type ApiProcess } from "../src/app/cluster/api-process";
import { isRunning } from "../src/database/embedded-postgres";
import { setApplyDelay, startStandbyServer, stopStandbyServer, type StandbyHandle } from "../src/app/cluster/postgres-pair";
import { writeArtifact } from "./support/artifacts";
import { tokenFor } from "./support/test-app";

/**
 * The topology of docs/deploying.md with real parts (`npm run cluster` starts the same): a PostgreSQL
 * primary and a streaming standby from the embedded binaries, two API replicas as processes, haproxy in
 * front. Each failure is made for real: replay delayed on the standby, the standby stopped, a replica
 * killed with SIGKILL while writes are in flight.
 */
interface Topology {
  primaryUrl: string;
  standbyUrl: string;
  standby: StandbyHandle;
  apis: Array<{ name: string; port: number; pid: number; url: string }>;
  balancerUrl: string;
}

/** `npm run cluster -- --json` as a process of its own (it is built into dist by `npm test`), and its topology. */
function startClusterProcess(dir: string): Promise<{ process: ChildProcess; topology: Topology; output: () => string }> {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, "..", "dist", "src", "app", "cli", "cluster.cli.js"), "--json", "--dir", dir],
    { env: { ...process.env, READ_AFTER_WAIT_MS: "300" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^CLUSTER (.*)$/m.exec(output);
      if (line) resolve({ process: child, topology: JSON.parse(line[1]!), output: () => output });
    });
    child.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`npm run cluster exited with ${code}:\n${output.slice(-3000)}`)));
  });
}

describe("a cluster: primary + standby, two API replicas, haproxy", () => {
  let dir: string;
  let clusterProcess: ChildProcess;
  let cluster: {
    postgres: {
      primaryUrl: string;
      standbyUrl: string;
      standbyPort: number;
      stopStandby(): Promise<void>;
      startStandby(): Promise<void>;
      setApplyDelay(ms: number): Promise<void>;
    };
    apis: Array<{ name: string; port: number; url: string; kill(): Promise<void> }>;
    balancer: { url: string };
  };
  let restarted: ApiProcess | undefined;
  let topologyApis: Array<{ pid: number }> = [];
  let editor: string;
  const report: Record<string, unknown> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ipo-cluster-"));
    // PostgreSQL runs as the postgres user when the tests run as root
    await chmod(dir, 0o755);
    const started = await startClusterProcess(dir);
    clusterProcess = started.process;
    const { topology } = started;
    topologyApis = topology.apis;
    cluster = {
      postgres: {
        primaryUrl: topology.primaryUrl,
        standbyUrl: topology.standbyUrl,
        standbyPort: topology.standby.port,
        stopStandby: () => stopStandbyServer(topology.standby),
        startStandby: () => startStandbyServer(topology.standby),
        setApplyDelay: (ms) => setApplyDelay(topology.standby, ms),
      },
      apis: topology.apis.map((api) => ({
        ...api,
        async kill() {
          process.kill(api.pid, "SIGKILL");
          while (isRunning(api.pid)) await new Promise((resolve) => setTimeout(resolve, 20));
        },
      })),
      balancer: { url: topology.balancerUrl },
    };
    editor = await tokenFor(Role.EDITOR);
  }, 180_000);
  afterAll(async () => {
    writeArtifact("cluster", "failures.json", report);
    await restarted?.stop();
    if (clusterProcess && clusterProcess.exitCode === null) {
      const exited = new Promise((resolve) => clusterProcess.once("exit", resolve));
      clusterProcess.kill("SIGTERM");
      await exited;
    }
    // nothing of the cluster outlives the test, whatever its own shutdown did
    for (const api of topologyApis) if (isRunning(api.pid)) process.kill(api.pid, "SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  async function graphql(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[]; extensions?: any };
    return { status: response.status, body, headers: response.headers };
  }

  async function createRegion(base: string, slug: string) {
    return graphql(base, `mutation ($slug: String!) { createRegion(input: { name: $slug, slug: $slug }) { id version } }`, { slug });
  }

  async function readyz(base: string) {
    return (await fetch(`${base}/readyz`)).json() as Promise<any>;
  }

  it("a write through replica A reaches a subscription on replica B", async () => {
    const [a, b] = cluster.apis;
    const created = await createRegion(a!.url, "live-regio");
    const id = created.body.data.createRegion.id;
    const client = createClient({ url: `ws://127.0.0.1:${b!.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const received = new Promise<{ at: number; value: any }>((resolve, reject) => {
        client.subscribe(
          {
            query: `subscription ($id: ID!) { nodeChanged(id: $id) { version node { ... on Region { description } } } }`,
            variables: { id },
          },
          {
            next: (value) => resolve({ at: Date.now(), value }),
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const sentAt = Date.now();
      const updated = await graphql(
        a!.url,
        `mutation ($id: ID!) { updateRegion(id: $id, expectedVersion: 1, input: { description: "via A" }) { version } }`,
        { id },
      );
      expect(updated.body.errors).toBeUndefined();
      const event = await received;
      expect(event.value.data.nodeChanged).toEqual({ version: 2, node: { description: "via A" } });
      report.subscriptionAcrossReplicasMs = event.at - sentAt;
    } finally {
      await client.dispose();
    }
  });

  it("with replay delayed on the standby, a client that sends its commit position reads its own write; one that does not reads the old value", async () => {
    const created = await createRegion(cluster.balancer.url, "vertraagde-regio");
    const id = created.body.data.createRegion.id;
    // until the standby has it, reads of this region are served elsewhere; wait for it to arrive
    for (let attempt = 0; attempt < 50; attempt++) {
      const read = await graphql(cluster.balancer.url, `query ($id: ID!) { node(id: $id) { id } }`, { id });
      if (read.body.data?.node) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await cluster.postgres.setApplyDelay(3_000);
    try {
      const write = await graphql(
        cluster.balancer.url,
        `mutation ($id: ID!) { updateRegion(id: $id, expectedVersion: 1, input: { description: "nieuw" }) { version } }`,
        { id },
      );
      const commitLsn = write.headers.get("x-ipo-commit-lsn");
      expect(commitLsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(write.body.extensions.commitLsn).toBe(commitLsn);
      const read = `query ($id: ID!) { node(id: $id) { ... on Region { description version } } }`;
      const withToken = await graphql(cluster.balancer.url, read, { id }, { "x-ipo-read-after": commitLsn! });
      const withoutToken = await graphql(cluster.balancer.url, read, { id });
      expect(withToken.body.data.node).toEqual({ description: "nieuw", version: 2 });
      expect(withToken.headers.get("x-ipo-read-source")).toBe("primary (no replica has replayed the commit)");
      expect(withoutToken.headers.get("x-ipo-read-source")).toBe(`127.0.0.1:${cluster.postgres.standbyPort}`);
      expect(withoutToken.body.data.node).toEqual({ description: null, version: 1 });
      report.readYourWrites = {
        withToken: withToken.body.data.node,
        servedBy: withToken.headers.get("x-ipo-read-source"),
        withoutToken: withoutToken.body.data.node,
        withoutTokenServedBy: withoutToken.headers.get("x-ipo-read-source"),
      };
      // a malformed position is refused, not ignored
      const bad = await graphql(cluster.balancer.url, read, { id }, { "x-ipo-read-after": "yesterday" });
      expect(bad.body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    } finally {
      await cluster.postgres.setApplyDelay(0);
    }
    // once replayed, a token is served by the standby itself
    const later = await graphql(
      cluster.balancer.url,
      `mutation ($id: ID!) { updateRegion(id: $id, expectedVersion: 2, input: { description: "later" }) { version } }`,
      { id },
    );
    const caughtUp = await graphql(
      cluster.balancer.url,
      `query ($id: ID!) { node(id: $id) { ... on Region { description } } }`,
      { id },
      { "x-ipo-read-after": later.headers.get("x-ipo-commit-lsn")! },
    );
    expect(caughtUp.body.data.node.description).toBe("later");
    expect(caughtUp.headers.get("x-ipo-read-source")).toBe(`127.0.0.1:${cluster.postgres.standbyPort}`);
  }, 30_000);

  it("with replay delayed on the standby, a walk answers what the standby holds, not the graph read from the primary", async () => {
    const [a, b] = cluster.apis;
    const created = await createRegion(a!.url, "wandel-regio");
    const region = created.body.data.createRegion.id;
    const walk = `query ($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { node { id ... on Institution { name } ... on Region { name } } } } }`;
    const walkedIds = (body: { data?: any; errors?: any[] }) => {
      expect(body.errors).toBeUndefined();
      return body.data.neighbourhood.nodes.map((entry: { node: { id: string } }) => entry.node.id) as string[];
    };
    const walksFrom = async (url: string) => {
      const metrics = await (await fetch(`${url}/metrics`)).text();
      const count = (source: string) =>
        Number(new RegExp(`^ipo_graph_walks_total\\{source="${source}"\\} (\\d+)`, "m").exec(metrics)?.[1] ?? 0);
      return { memory: count("memory"), sql: count("sql") };
    };
    // the region on the standby before its replay is held back
    await waitFor(async () => (await graphql(b!.url, walk, { id: region })).body.data?.neighbourhood !== null);
    await cluster.postgres.setApplyDelay(3_000);
    try {
      const hospital = await graphql(
        a!.url,
        `mutation ($region: ID!) { createInstitution(input: { name: "Wandelziekenhuis", slug: "wandelziekenhuis", type: GENERAL_HOSPITAL, regionId: $region }) { id } }`,
        { region },
      );
      const hospitalId = hospital.body.data.createInstitution.id;
      // B hears the write and reads its graph again from the primary (it then holds the hospital); the standby does not yet
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const before = await walksFrom(b!.url);
      const onStandby = await graphql(b!.url, walk, { id: region });
      expect(onStandby.headers.get("x-ipo-read-source")).toBe(`127.0.0.1:${cluster.postgres.standbyPort}`);
      // the walk agrees with the standby's rows: no hospital it cannot show (it would be an error: a node without its row)
      expect(walkedIds(onStandby.body)).not.toContain(hospitalId);
      const after = await walksFrom(b!.url);
      expect(after.sql - before.sql).toBe(1);
      expect(after.memory - before.memory).toBe(0);
      // read after the write's position: on the primary, where the hospital is
      const ownWrite = await graphql(b!.url, walk, { id: region }, { "x-ipo-read-after": hospital.headers.get("x-ipo-commit-lsn")! });
      expect(walkedIds(ownWrite.body)).toContain(hospitalId);
      report.walkOnLaggingStandby = { standby: walkedIds(onStandby.body).length, readAfterWrite: walkedIds(ownWrite.body).length };
    } finally {
      await cluster.postgres.setApplyDelay(0);
    }
  }, 30_000);

  it("the standby stopped: reads fall back to the primary and /readyz says so; back when it returns", async () => {
    const [a] = cluster.apis;
    await cluster.postgres.stopStandby();
    try {
      await waitFor(async () => (await readyz(a!.url)).reads === "primary (no replica reachable)");
      const status = await readyz(a!.url);
      expect(status).toMatchObject({ status: "ready", reads: "primary (no replica reachable)", replicas: [{ reachable: false }] });
      const read = await graphql(cluster.balancer.url, `{ institution(slug: "lumc") { shortName } }`);
      expect(read.body.data.institution.shortName).toBe("LUMC");
      expect(read.headers.get("x-ipo-read-source")).toBe("primary (no replica usable)");
      report.standbyStopped = { readyz: status, readServedBy: read.headers.get("x-ipo-read-source") };
    } finally {
      await cluster.postgres.startStandby();
    }
    await waitFor(async () => (await readyz(a!.url)).reads === "replicas");
    const read = await graphql(cluster.balancer.url, `{ institution(slug: "lumc") { shortName } }`);
    expect(read.headers.get("x-ipo-read-source")).toBe(`127.0.0.1:${cluster.postgres.standbyPort}`);
  }, 60_000);

  it("replica A killed mid-load: no acknowledged write is lost, and the balancer keeps serving from B", async () => {
    const [a] = cluster.apis;
    const acknowledged: string[] = [];
    const failed: Array<{ status: number | string; at: number }> = [];
    let running = true;
    let killedAt = 0;
    let sequence = 0;
    const writer = async (worker: number) => {
      while (running) {
        const slug = `last-${worker}-${sequence++}`;
        try {
          const result = await createRegion(cluster.balancer.url, slug);
          if (result.status === 200 && result.body.data?.createRegion?.id) acknowledged.push(slug);
          else failed.push({ status: result.status, at: Date.now() });
        } catch (error) {
          failed.push({ status: String((error as Error).message), at: Date.now() });
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, worker) => writer(worker));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const beforeKill = acknowledged.length;
    killedAt = Date.now();
    await a!.kill();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    running = false;
    await Promise.all(writers);
    const afterKill = acknowledged.length - beforeKill;

    const primary = new Client({ connectionString: cluster.postgres.primaryUrl });
    await primary.connect();
    try {
      const { rows } = await primary.query<{ slug: string }>(`select slug from region where slug like 'last-%'`);
      const stored = new Set(rows.map((row) => row.slug));
      expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);
      report.killMidLoad = {
        acknowledged: acknowledged.length,
        acknowledgedAfterKill: afterKill,
        failed: failed.length,
        failures: failed.slice(0, 10).map((failure) => ({ status: failure.status, msAfterKill: failure.at - killedAt })),
        storedRows: rows.length,
      };
    } finally {
      await primary.end();
    }
    expect(beforeKill).toBeGreaterThan(10);
    expect(afterKill).toBeGreaterThan(10);
    // haproxy checks B every 300 ms and takes it out after two slow answers: on a machine busy with other tests B can
    // miss two checks and be out for one interval, so the balancer is given a few of them to answer ready
    await waitFor(async () => (await fetch(`${cluster.balancer.url}/readyz`)).status === 200, 5_000);
    // A comes back on its port, and the balancer sends it requests again
    restarted = await startApiProcess("a", a!.port, {
      DATABASE_URL: cluster.postgres.primaryUrl,
      DATABASE_READ_URLS: cluster.postgres.standbyUrl,
      RATE_LIMIT_REQUESTS: "1000000000",
    });
    await waitFor(async () => (await fetch(`${restarted!.url}/readyz`)).ok);
  }, 60_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
