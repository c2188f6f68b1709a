import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../src/platform/free-port";
import { createTestDatabase } from "./support/test-database";

const MAIN = path.join(__dirname, "..", "dist", "src", "app", "main.js");

interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
}

/** Runs the built server (`npm start` without the build step) as a user would, and waits for its ready line. */
function startServer(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATABASE_URL: undefined, ...env } });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", () => {
      const match = /IPO Graph ready at (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1], output: () => output });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

const EXPORT_CLI = path.join(__dirname, "..", "dist", "src", "app", "cli", "export.cli.js");

/** Runs a script of ours to its end without DATABASE_URL: its exit code and everything it printed. */
function runNode(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, DATABASE_URL: undefined, ...env } });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return exitOf(child).then((code) => ({ code, output }));
}

async function post(url: string, query: string) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as any };
}

describe("the HTTP server, as started by npm start", () => {
  it("serves the seeded graph, health and readiness, Sandbox, and stops cleanly on SIGTERM", async () => {
    const db = await createTestDatabase();
    const port = await findFreePort();
    const server = await startServer({ DATABASE_URL: db.url, PORT: String(port) });
    try {
      expect(server.url).toBe(`http://localhost:${port}/graphql`);
      const base = server.url.replace(/\/graphql$/, "");
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({
        status: "ready",
        databaseMs: expect.any(Number),
        subscriptions: "listening",
      });

      const { status, body } = await post(server.url, `{ experiment(slug: "duo-project") { reachCount } }`);
      expect(status).toBe(200);
      expect(body.data.experiment.reachCount).toBe(45);

      const sandbox = await fetch(server.url, { headers: { accept: "text/html" } });
      expect(sandbox.status).toBe(200);
      const html = await sandbox.text();
      expect(html).toMatch(/sandbox/i);
      // Sandbox's telemetry is off
      expect(html).toMatch(/"runTelemetry":\s*false/);
      expect(html).not.toMatch(/"runTelemetry":\s*true/);
      const introspection = await post(server.url, `{ __schema { queryType { name } } }`);
      expect(introspection.body.data.__schema.queryType.name).toBe("Query");

      // GraphiQL from the build, its bundle compressed
      const graphiql = await fetch(`${base}/graphiql`);
      expect(graphiql.status).toBe(200);
      expect(graphiql.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
      expect(await graphiql.text()).toContain(`<script src="assets/main.js">`);
      const bundle = await fetch(`${base}/graphiql/assets/main.js`, { headers: { "accept-encoding": "gzip" } });
      expect({ status: bundle.status, encoding: bundle.headers.get("content-encoding") }).toEqual({ status: 200, encoding: "gzip" });
      expect((await fetch(`${base}/graphiql/assets/nothing.js`)).status).toBe(404);

      expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    } finally {
      server.child.kill("SIGTERM");
      expect(await exitOf(server.child)).toBe(0);
      expect(server.output()).toMatch(/SIGTERM received: draining requests/);
      await db.drop();
    }
  });

  it("hides introspection, Sandbox and GraphiQL in production", async () => {
    const db = await createTestDatabase();
    const server = await startServer({ DATABASE_URL: db.url, PORT: "0", NODE_ENV: "production" });
    try {
      const introspection = await post(server.url, `{ __schema { queryType { name } } }`);
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      // a browser's GET without a query: no landing page in production, and Apollo answers only JSON (406);
      // it was 400 while GETs needed a preflight-forcing header (issue 22 turned that off)
      const page = await fetch(server.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(406);
      expect(await page.text()).not.toMatch(/sandbox/i);
      expect((await fetch(new URL("/graphiql", server.url))).status).toBe(404);
      const { body } = await post(server.url, `{ experiments { totalCount } }`);
      expect(body.data.experiments.totalCount).toBe(10);
      // no statement counts in production; the cost (requested, actual, the budget left) is for every client
      expect(Object.keys(body.extensions)).toEqual(["cost"]);
    } finally {
      server.child.kill("SIGTERM");
      await exitOf(server.child);
      await db.drop();
    }
  });

  it("starts an embedded PostgreSQL when DATABASE_URL is not set, and keeps its data between runs", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipo-graph-embedded-"));
    try {
      for (const run of [1, 2]) {
        const server = await startServer({ EMBEDDED_PG_DIR: dataDir, PORT: "0" });
        try {
          expect(server.output()).toContain(`embedded PostgreSQL, data in ${dataDir}`);
          // the first run creates and seeds the cluster; the second finds the data it left
          expect(server.output().includes("Empty database: loaded the seed data.")).toBe(run === 1);
          const { body } = await post(server.url, `{ experiments(kind: EXPERIMENT) { totalCount } }`);
          expect(body.data.experiments.totalCount).toBe(7);
          if (run === 2) await besideTheRunningServer(server, dataDir);
        } finally {
          server.child.kill("SIGTERM");
          expect(await exitOf(server.child)).toBe(0);
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  /** `npm run export` beside the running server uses its PostgreSQL and leaves it running; a second server refuses it, keeping the data. */
  async function besideTheRunningServer(server: ServerProcess, dataDir: string) {
    const out = path.join(dataDir, "..", `${path.basename(dataDir)}-graph.nq`);
    try {
      const exported = await runNode(EXPORT_CLI, ["--format", "nquads", "--out", out], { EMBEDDED_PG_DIR: dataDir });
      expect(exported.output).toContain(`the embedded PostgreSQL of the server running as pid ${server.child.pid}`);
      expect(exported.code).toBe(0);
      const experiments = readFileSync(out, "utf8")
        .split("\n")
        .filter((line) =>
          /\/id\/experiment\/[^/>]+> <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <[^>]*\/ns\/vocab#Experiment>/.test(line),
        );
      expect(experiments.length).toBeGreaterThanOrEqual(7);
      // the server still answers from the same PostgreSQL
      const { body } = await post(server.url, `{ experiments(kind: EXPERIMENT) { totalCount } }`);
      expect(body.data.experiments.totalCount).toBe(7);
      const second = await runNode(MAIN, [], { EMBEDDED_PG_DIR: dataDir, PORT: "0" });
      expect(second.code).toBe(1);
      expect(second.output).toContain(`Another IPO Graph server (pid ${server.child.pid}) is using the PostgreSQL in ${dataDir}`);
      expect(second.output).not.toMatch(/remove|password authentication/i);
    } finally {
      rmSync(out, { force: true });
    }
  }

  it("exits with one clear message and code 1 when the database cannot be reached", async () => {
    const port = await findFreePort();
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${port}/nothing`, PORT: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    expect(await exitOf(child)).toBe(1);
    expect(output).toMatch(/IPO Graph could not start: Cannot connect to PostgreSQL at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1/);
    expect(output).not.toContain("secret");
  });

  it("exits with one clear message and code 1 on a bad setting", async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: "not-a-port" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    expect(await exitOf(child)).toBe(1);
    expect(output.trim()).toBe('IPO Graph could not start: PORT must be an integer between 0 and 65535, got "not-a-port"');
  });
});
