import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Role } from "../src/model/viewer";
import { readConfig } from "../src/app/config";
import { connectDatabase, type Database } from "../src/database/connect";
import { explorerOperations } from "../src/features/operations/explorer-operations";
import { sha256Hex } from "../src/features/operations/persisted-operation-store";
import type { OperationSettings } from "../src/features/operations/operation-settings";
import { startHttpServer, type RunningServer } from "../src/server/create-server";
import { runCommand } from "./support/run-command";
import { startTestApp, testServerSettings, tokenFor, type TestApp } from "./support/test-app";

const LUMC = `query Lumc { institution(slug: "lumc") { shortName region { name } } }`;

/** A second server ("replica") on the same database as `app`. */
async function replicaOf(
  app: TestApp,
  operations: Partial<OperationSettings> = {},
  production = false,
): Promise<{ server: RunningServer; database: Database; close(): Promise<void> }> {
  const config = { ...readConfig({}), databaseUrl: app.databaseUrl };
  const database = await connectDatabase(config);
  const server = await startHttpServer(
    database,
    testServerSettings(config, production, {
      operations: { ...config.operations, ...operations },
      rateLimits: { ...config.rateLimits, requests: 1_000_000 },
    }),
  );
  return {
    server,
    database,
    close: async () => {
      await server.stop();
      await database.close();
    },
  };
}

/** Apollo Client 4 with its persisted-query link, hashed queries by GET; every request it makes is recorded. */
function apqClient(uri: string) {
  const requests: Array<{ method: string; hashOnly: boolean }> = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    requests.push({ method: init?.method ?? "GET", hashOnly: body ? body.query === undefined : !url.searchParams.has("query") });
    return fetch(input, init);
  };
  const link = new PersistedQueryLink({ sha256: sha256Hex, useGETForHashedQueries: true }).concat(
    new HttpLink({ uri, fetch: recordingFetch, headers: { "apollo-require-preflight": "true" } }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { client, requests };
}

/** The network explorer's operations: trusted at start under TRUSTED_DOCUMENTS=only (it ships with the API). */
const EXPLORER_ROWS = explorerOperations()
  .map((operation) => ({ sha256: sha256Hex(operation.body), trusted: true }))
  .sort((a, b) => a.sha256.localeCompare(b.sha256));

async function rowsOf(app: TestApp): Promise<Array<{ sha256: string; trusted: boolean }>> {
  return app.orm.em.getConnection().execute(`select "sha256", "trusted" from "ipo_limits"."persisted_operation" order by "sha256"`);
}

function get(url: string, query: string, headers: Record<string, string> = {}) {
  return fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { "apollo-require-preflight": "true", ...headers } });
}

/** A POST with the APQ extension: the hash, and the text when registering. */
function persisted(url: string, sha256Hash: string, query?: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
}

function runCli(args: string[], databaseUrl: string) {
  return runCommand(process.execPath, [path.join(__dirname, "..", "dist", "src", "app", "cli", "trust.cli.js"), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

describe("automatic persisted queries", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("Apollo Client's link registers a document once, then sends only its hash; another replica knows it from PostgreSQL", async () => {
    const first = apqClient(app.url);
    const { data } = await first.client.query({ query: gql(LUMC) });
    expect(data).toEqual({
      institution: { __typename: "Institution", shortName: "LUMC", region: { __typename: "Region", name: "OOR Leiden" } },
    });
    // the hash alone (not known yet), then hash and text
    expect(first.requests).toEqual([
      { method: "GET", hashOnly: true },
      { method: "POST", hashOnly: false },
    ]);

    const replica = await replicaOf(app);
    try {
      const second = apqClient(replica.server.url);
      const again = await second.client.query({ query: gql(LUMC) });
      expect(again.data).toEqual(data);
      expect(second.requests).toEqual([{ method: "GET", hashOnly: true }]);
    } finally {
      await replica.close();
    }
  });

  it("answers an unknown, malformed or mismatched hash with the codes APQ clients act on", async () => {
    const ask = (body: unknown) =>
      fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = (await (await ask({ extensions: persisted("0".repeat(64)) })).json()) as any;
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const malformed = (await (await ask({ extensions: persisted("'; drop table x; --") })).json()) as any;
    expect(malformed.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const mismatched = await ask({ query: "{ __typename }", extensions: persisted("a".repeat(64)) });
    expect(mismatched.status).toBe(400);
    expect((await rowsOf(app)).map((row) => row.sha256)).not.toContain("a".repeat(64));
  });

  it("forgets a registration after APQ_TTL_SECONDS, and keeps at most APQ_MAX_ENTRIES", async () => {
    const short = `query Short { institutions(first: 1) { totalCount } }`;
    const brief = await replicaOf(app, { apqTtlSeconds: 1 });
    try {
      expect((await persisted(brief.server.url, sha256Hex(short), short)).status).toBe(200);
    } finally {
      await brief.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // a fresh replica (nothing in memory) finds it expired
    const fresh = await replicaOf(app);
    try {
      expect(((await (await persisted(fresh.server.url, sha256Hex(short))).json()) as any).errors[0].extensions.code).toBe(
        "PERSISTED_QUERY_NOT_FOUND",
      );
    } finally {
      await fresh.close();
    }
    const capped = await replicaOf(app, { apqMaxEntries: 5 });
    try {
      // 100 registrations (the pruning period): at most 5 untrusted documents stay, the latest among them
      const many = (i: number) => `query Many${i} { institutions(first: ${i}) { totalCount } }`;
      for (let i = 0; i < 100; i += 1) expect((await persisted(capped.server.url, sha256Hex(many(i)), many(i))).status).toBe(200);
      // Apollo Server stores a registration after answering: the pruning follows the 100th answer
      const untrusted = async () => (await rowsOf(app)).filter((row) => !row.trusted).map((row) => row.sha256);
      for (let waited = 0; (await untrusted()).length > 5 && waited < 5000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const kept = await untrusted();
      expect(kept.length).toBeLessThanOrEqual(5);
      expect(kept).toContain(sha256Hex(many(99)));
    } finally {
      await capped.close();
    }
  });
});

describe("trusted documents", () => {
  let app: TestApp;
  let work: string;
  beforeAll(async () => {
    app = await startTestApp({ production: true, trustedDocuments: "only" });
    work = await mkdtemp(path.join(tmpdir(), "ipo-trusted-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await app.close();
  });

  const WHO = `query Who { viewer { role } }`;

  it("refuses an operation nobody registered, sent whole or as an APQ registration, and stores nothing", async () => {
    const whole = await app.query(LUMC);
    expect(whole.status).toBe(400);
    expect(whole.body.errors?.[0]).toMatchObject({ extensions: { code: "OPERATION_NOT_TRUSTED", sha256: sha256Hex(LUMC) } });
    const registration = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LUMC, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(LUMC) } } }),
    });
    expect(((await registration.json()) as any).errors[0].extensions.code).toBe("OPERATION_NOT_TRUSTED");
    expect(EXPLORER_ROWS.length).toBeGreaterThan(5);
    expect(await rowsOf(app)).toEqual(EXPLORER_ROWS);
  });

  it("npm run operations:trust refuses a manifest with an operation that does not fit the schema, and trusts nothing", async () => {
    const broken = `query Broken { institution(slug: "lumc") { trainingPlaces } }`;
    const file = path.join(work, "broken.json");
    await writeFile(file, JSON.stringify({ [sha256Hex(LUMC)]: LUMC, [sha256Hex(broken)]: broken }));
    const result = await runCli([file], app.databaseUrl);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Nothing was trusted[\s\S]*trainingPlaces/);
    expect(await rowsOf(app)).toEqual(EXPLORER_ROWS);
    await writeFile(file, JSON.stringify({ [sha256Hex("{ x }")]: LUMC }));
    expect((await runCli([file], app.databaseUrl)).output).toMatch(/not the SHA-256 of its text/);
  });

  it("runs what a Relay or an Apollo manifest trusted, whole or by hash; --replace distrusts the rest", async () => {
    const relayManifest = path.join(work, "relay.json");
    await writeFile(relayManifest, JSON.stringify({ [sha256Hex(LUMC)]: LUMC }));
    const relay = await runCli([relayManifest], app.databaseUrl);
    expect(relay).toEqual({ code: 0, output: expect.stringMatching(/^Trusted 1 new operation\(s\), 0 already trusted/) });
    const apolloManifest = path.join(work, "apollo.json");
    await writeFile(
      apolloManifest,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [
          { id: sha256Hex(WHO), name: "Who", type: "query", body: WHO },
          { id: sha256Hex(LUMC), name: "Lumc", type: "query", body: LUMC },
        ],
      }),
    );
    expect((await runCli([apolloManifest], app.databaseUrl)).output).toMatch(/^Trusted 1 new operation\(s\), 1 already trusted/);

    expect((await app.query(LUMC)).body.data).toEqual({ institution: { shortName: "LUMC", region: { name: "OOR Leiden" } } });
    const byHash = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor(Role.MEMBER)}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(WHO) } } }),
    });
    expect(((await byHash.json()) as any).data).toEqual({ viewer: { role: "MEMBER" } });
    // a document that differs by one space is another document
    expect((await app.query(`${LUMC} `)).body.errors?.[0].extensions?.code).toBe("OPERATION_NOT_TRUSTED");

    expect((await runCli([relayManifest, "--replace"], app.databaseUrl)).output).toMatch(
      new RegExp(
        `0 new operation\\(s\\), ${1 + EXPLORER_ROWS.length} already trusted, 1 no longer trusted; the network explorer's ${EXPLORER_ROWS.length} stay trusted`,
      ),
    );
    const replica = await replicaOf(app, {}, true);
    try {
      // the replica runs with TRUSTED_DOCUMENTS off: what it stores is what the table says
      const rows = await rowsOf(app);
      expect(rows).toEqual(
        expect.arrayContaining([
          { sha256: sha256Hex(LUMC), trusted: true },
          { sha256: sha256Hex(WHO), trusted: false },
        ]),
      );
    } finally {
      await replica.close();
    }
  });

  it("is not enforced in development", async () => {
    const development = await startTestApp({ seeded: false, trustedDocuments: "only" });
    try {
      expect((await development.query(`query Anything { __typename }`)).body.data).toEqual({ __typename: "Query" });
    } finally {
      await development.close();
    }
  });
});

describe("HTTP caching of GET queries", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("an anonymous answer is public for HTTP_CACHE_MAX_AGE_SECONDS with an ETag, and If-None-Match gets 304 without a body", async () => {
    const first = await get(app.url, LUMC);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    // shared caches keep the anonymous answer apart from a token holder's
    expect(first.headers.get("vary")).toMatch(/authorization/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await get(app.url, LUMC, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get(app.url, `query Haga { institution(slug: "hagaziekenhuis") { shortName } }`, { "if-none-match": etag });
    expect(other.status).toBe(200);
  });

  it("a token holder's answer is private; an error, a POST and a GET mutation are not cached", async () => {
    const member = await get(app.url, `query Contact { person(slug: "klaas-nauta") { email } }`, {
      authorization: `Bearer ${await tokenFor(Role.MEMBER)}`,
    });
    expect(member.headers.get("cache-control")).toBe("private, no-cache");
    expect(member.headers.get("etag")).toBeTruthy();
    const failing = await get(app.url, `query Bad { node(id: "nonsense") { id } }`);
    expect(failing.headers.get("cache-control")).toBe("no-store");
    expect(failing.headers.get("etag")).toBeNull();
    const post = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LUMC }),
    });
    expect(post.headers.get("cache-control")).toBeNull();
    const mutation = await get(app.url, `mutation { submitInitiative(input: {}) { __typename } }`);
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    expect(mutation.headers.get("cache-control")).not.toMatch(/public/);
  });

  it("an edit changes the ETag: a client revalidating gets the new answer", async () => {
    const query = `query LumcDescription { institution(slug: "lumc") { id version description } }`;
    const before = await get(app.url, query);
    const etag = before.headers.get("etag")!;
    const { institution } = ((await before.json()) as any).data;
    const edit = await app.query(
      `mutation($id: ID!, $version: Int!) { updateInstitution(id: $id, expectedVersion: $version, input: { description: "Bewerkt voor de cache-test." }) { version } }`,
      { id: institution.id, version: institution.version },
      { as: Role.EDITOR },
    );
    expect(edit.body.errors).toBeUndefined();
    const after = await get(app.url, query, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as any).data.institution.description).toBe("Bewerkt voor de cache-test.");
  });
});
