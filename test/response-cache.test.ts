import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { Client } from "pg";
import { announcedTables, DATA_CHANGE_TRIGGER } from "../src/database/data-changes";
import { MAX_ENTRY_SHARE } from "../src/features/response-cache/response-cache";
import { readConfig } from "../src/app/config";
import { connectDatabase, type Database } from "../src/database/connect";
import { LOCAL_DEVELOPMENT_SECRET } from "../src/request/auth-settings";
import { startHttpServer, type RunningServer } from "../src/server/create-server";
import { RESPONSE_CACHE_HEADER } from "../src/server/response-cache.plugin";
import { READ_AFTER_HEADER, COMMIT_LSN_HEADER } from "../src/server/read-routing.plugin";
import { Role } from "../src/model/viewer";
import { startTestApp, testServerSettings, tokenFor, type TestApp } from "./support/test-app";

interface Answer {
  status: number;
  outcome: string | null;
  commitLsn: string | null;
  body: { data?: any; errors?: Array<{ extensions?: Record<string, any> }>; extensions?: Record<string, any> };
}

async function post(url: string, query: string, variables?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    outcome: response.headers.get(RESPONSE_CACHE_HEADER),
    commitLsn: response.headers.get(COMMIT_LSN_HEADER),
    body: (await response.json()) as Answer["body"],
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const memberToken = (subject: string) =>
  new SignJWT({ role: "MEMBER" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(LOCAL_DEVELOPMENT_SECRET));

const PEOPLE = `{ people(first: 50) { nodes { slug name email } } }`;
const INSTITUTIONS = `{ institutions(first: 100) { nodes { id name version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $name: String!) { updateInstitution(id: $id, expectedVersion: $v, input: { name: $name }) { id name version } }`;

describe("the response cache: answers per document, variables and viewer, never stale after a write", () => {
  let app: TestApp;
  let secondDatabase: Database;
  let replica: RunningServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    // a second server on the same database: another replica behind the same load balancer
    const config = { ...readConfig({}), databaseUrl: app.databaseUrl };
    secondDatabase = await connectDatabase(config);
    replica = await startHttpServer(secondDatabase, testServerSettings(config, false));
    editor = bearer(await tokenFor(Role.EDITOR));
  });
  afterAll(async () => {
    await replica.stop();
    await secondDatabase.close();
    await app.close();
  });

  it("serves a repeated query from the cache with no rows read, still charging the request and reporting it", async () => {
    const query = `{ experiments(first: 5) { nodes { slug title } } }`;
    const first = await post(app.url, query);
    const second = await post(app.url, query);
    expect([first.outcome, second.outcome]).toEqual(["miss", "hit"]);
    expect(second.body.data).toEqual(first.body.data);
    expect(first.body.extensions?.responseCache).toBeUndefined();
    expect(second.body.extensions?.responseCache).toEqual({ hit: true, ageSeconds: expect.any(Number) });
    expect(second.body.extensions?.sqlStatements).toBe(0);
    expect(second.body.extensions?.cost).toMatchObject({ requested: first.body.extensions?.cost.requested, actual: 0, charged: 1 });
    expect(second.body.extensions?.cost.budget.remaining).toBe(first.body.extensions?.cost.budget.remaining - 1);
    // other variables, another answer
    const other = await post(app.url, `query($n: Int) { experiments(first: $n) { nodes { slug } } }`, { n: 2 });
    const more = await post(app.url, `query($n: Int) { experiments(first: $n) { nodes { slug } } }`, { n: 3 });
    expect([other.outcome, more.outcome]).toEqual(["miss", "miss"]);
    expect(more.body.data.experiments.nodes).toHaveLength(3);
  });

  it("answers a hit before Apollo Server as Apollo Server answers one: the same data, extensions, headers and content types", async () => {
    const query = `query CachedTwice($n: Int) { institutions(first: $n) { nodes { slug name } } }`;
    const variables = { n: 4 };
    const first = await post(app.url, query, variables);
    const early = await post(app.url, query, variables, { accept: "application/graphql-response+json" });
    // a document sent with its hash goes through Apollo Server, which serves the same kept answer
    const viaApollo = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } },
      }),
    });
    const viaApolloBody = (await viaApollo.json()) as Answer["body"];
    expect([first.outcome, early.outcome, viaApollo.headers.get(RESPONSE_CACHE_HEADER)]).toEqual(["miss", "hit", "hit"]);
    expect(early.body.data).toEqual(first.body.data);
    expect(viaApolloBody.data).toEqual(first.body.data);
    expect(Object.keys(early.body.extensions ?? {}).sort()).toEqual(Object.keys(viaApolloBody.extensions ?? {}).sort());
    expect(early.body.extensions?.cost).toMatchObject({ requested: first.body.extensions?.cost.requested, actual: 0, charged: 1 });
    expect(early.body.extensions?.sqlStatements).toBe(0);
    // the content type the accept header asks for, and what Apollo Server refuses is refused the same
    const asked = async (accept?: string) =>
      fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const plain = await asked();
    expect([plain.headers.get(RESPONSE_CACHE_HEADER), plain.headers.get("content-type")]).toEqual([
      "hit",
      "application/json; charset=utf-8",
    ]);
    expect(plain.headers.get("age")).toMatch(/^\d+$/);
    expect(plain.headers.get("x-request-id")).toBeTruthy();
    const graphqlResponse = await asked("application/graphql-response+json, application/json;q=0.9");
    expect(graphqlResponse.headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
    const refused = await asked("text/csv");
    expect(refused.status).toBe(406);
  });

  it("keys a document by its hash: sent with its hash, by its hash alone, or as text, one kept answer", async () => {
    const query = `{ regions(first: 2) { nodes { slug name } } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const send = (body: Record<string, unknown>) =>
      fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const registered = await send({ query, extensions: persisted });
    const byHash = await send({ extensions: persisted });
    const asText = await send({ query });
    expect([registered, byHash, asText].map((response) => response.headers.get(RESPONSE_CACHE_HEADER))).toEqual(["miss", "hit", "hit"]);
    const [first, second, third] = (await Promise.all([registered.json(), byHash.json(), asText.json()])) as Array<Answer["body"]>;
    expect(second!.data).toEqual(first!.data);
    expect(third!.data).toEqual(first!.data);
    // a hash nobody sent the text of is Apollo Server's to refuse
    const unknown = (await (
      await send({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })
    ).json()) as Answer["body"];
    expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("answers a GET hit before Apollo Server with the HTTP caching Apollo Server gives it: ETag, cache-control, vary, 304", async () => {
    const query = `{ regions(first: 3) { nodes { slug } } }`;
    const variables = { unused: 1 };
    const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    // kept through Apollo Server (a POST of the same document and variables), then asked by GET
    const computed = await post(app.url, query, variables);
    const byGet = await fetch(`${app.url}?${search}`);
    expect([computed.outcome, byGet.headers.get(RESPONSE_CACHE_HEADER)]).toEqual(["miss", "hit"]);
    expect(((await byGet.json()) as Answer["body"]).data).toEqual(computed.body.data);
    expect(byGet.headers.get("cache-control")).toBe("public, max-age=60");
    expect(byGet.headers.get("vary")).toBe("authorization");
    const etag = byGet.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await fetch(`${app.url}?${search}`, { headers: { "if-none-match": etag! } });
    expect([again.status, again.headers.get(RESPONSE_CACHE_HEADER), await again.text()]).toEqual([304, "hit", ""]);
    // the ETag of an answer computed by Apollo Server is the same (a GET another viewer's key has not kept)
    const member = bearer(await memberToken("carol"));
    const computedForMember = await fetch(`${app.url}?${search}`, { headers: member });
    const servedToMember = await fetch(`${app.url}?${search}`, { headers: member });
    expect([computedForMember.headers.get(RESPONSE_CACHE_HEADER), servedToMember.headers.get(RESPONSE_CACHE_HEADER)]).toEqual([
      "miss",
      "hit",
    ]);
    expect(servedToMember.headers.get("etag")).toBe(computedForMember.headers.get("etag"));
    expect(servedToMember.headers.get("etag")).toBe(etag);
    expect(servedToMember.headers.get("cache-control")).toBe("private, no-cache");
    // a browser asking for a page gets Apollo Server's landing page, not the kept JSON
    const browser = await fetch(`${app.url}?${search}`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(browser.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("never serves one viewer's answer to another role or another token holder", async () => {
    const anonymous = await post(app.url, PEOPLE);
    const anonymousAgain = await post(app.url, PEOPLE);
    const alice = await post(app.url, PEOPLE, undefined, bearer(await memberToken("alice")));
    const aliceAgain = await post(app.url, PEOPLE, undefined, bearer(await memberToken("alice")));
    const bob = await post(app.url, PEOPLE, undefined, bearer(await memberToken("bob")));
    expect([anonymous.outcome, anonymousAgain.outcome, alice.outcome, aliceAgain.outcome, bob.outcome]).toEqual([
      "miss",
      "hit",
      "miss",
      "hit",
      "miss",
    ]);
    const emails = (answer: Answer) => answer.body.data.people.nodes.filter((person: { email: string | null }) => person.email).length;
    expect(emails(anonymous)).toBe(0);
    expect(emails(anonymousAgain)).toBe(0);
    expect(emails(alice)).toBeGreaterThan(0);
    const viewer = `{ viewer { role subject } }`;
    await post(app.url, viewer, undefined, bearer(await memberToken("alice")));
    expect((await post(app.url, viewer, undefined, bearer(await memberToken("bob")))).body.data.viewer.subject).toBe("bob");
  });

  it("keeps no answer with errors, and serves none to a read after a commit position", async () => {
    const forbidden = `{ submissions(first: 1) { nodes { id } } }`;
    const outcomes = [(await post(app.url, forbidden)).outcome, (await post(app.url, forbidden)).outcome];
    expect(outcomes).toEqual(["bypass", "bypass"]);
    const query = `{ regions(first: 3) { nodes { slug } } }`;
    await post(app.url, query);
    expect((await post(app.url, query)).outcome).toBe("hit");
    expect((await post(app.url, query, undefined, { [READ_AFTER_HEADER]: "0/0" })).outcome).toBe("bypass");
    // a mutation is never cached
    const mutation = await post(
      app.url,
      `mutation { submitInitiative(input: { title: "Cache", summary: "x", submitter: { name: "A", email: "a@example.nl" } }) { id } }`,
    );
    expect(mutation.outcome).toBeNull();
  });

  it("after a write on one replica, neither serves what it replaced: at once where it was written and to a read after it, within the change notification elsewhere", async () => {
    const { data } = (await post(app.url, INSTITUTIONS)).body;
    const target = data.institutions.nodes[0] as { id: string; name: string; version: number };
    for (const url of [app.url, replica.url]) {
      await post(url, INSTITUTIONS);
      expect((await post(url, INSTITUTIONS)).outcome).toBe("hit");
    }
    const write = await post(app.url, UPDATE, { id: target.id, v: target.version, name: `${target.name} (herzien)` }, editor);
    expect(write.body.errors).toBeUndefined();
    const nameIn = (answer: Answer) => answer.body.data.institutions.nodes.find((node: { id: string }) => node.id === target.id).name;

    // where it was written: emptied before the write was acknowledged
    const here = await post(app.url, INSTITUTIONS);
    expect(here.outcome).toBe("miss");
    expect(nameIn(here)).toBe(`${target.name} (herzien)`);
    // elsewhere, a client that sends the write's position back is never served an older answer
    const after = await post(replica.url, INSTITUTIONS, undefined, { [READ_AFTER_HEADER]: write.commitLsn! });
    expect(nameIn(after)).toBe(`${target.name} (herzien)`);
    // and any client, once the change notification arrived (measured)
    const started = Date.now();
    let elsewhere = await post(replica.url, INSTITUTIONS);
    while (nameIn(elsewhere) !== `${target.name} (herzien)` && Date.now() - started < 2000)
      elsewhere = await post(replica.url, INSTITUTIONS);
    expect(nameIn(elsewhere)).toBe(`${target.name} (herzien)`);
    console.log(`response cache: the other replica served the write after ${Date.now() - started} ms`);
    // cached again after
    expect((await post(replica.url, INSTITUTIONS)).outcome).toBe("hit");
  });

  it("under concurrent writes on both replicas, a read after each write sees it, and once the writes end both serve the last state", async () => {
    const { data } = (await post(app.url, INSTITUTIONS)).body;
    const targets = (data.institutions.nodes as Array<{ id: string; name: string; version: number }>).slice(1, 5);
    const replicas = [app.url, replica.url];
    const versionIn = (answer: Answer, id: string) =>
      answer.body.data.institutions.nodes.find((node: { id: string }) => node.id === id).version;
    let readsChecked = 0;
    let hits = 0;
    let writing = true;
    const writer = async (target: (typeof targets)[number], index: number) => {
      let version = target.version;
      for (let round = 0; round < 6; round++) {
        const url = replicas[(index + round) % 2]!;
        const write = await post(url, UPDATE, { id: target.id, v: version, name: `${target.name} ${round}` }, editor);
        expect(write.body.errors).toBeUndefined();
        version = write.body.data.updateInstitution.version;
        // on the replica that wrote, at once; on the other, with the write's position
        const here = await post(url, INSTITUTIONS);
        const there = await post(replicas[(index + round + 1) % 2]!, INSTITUTIONS, undefined, { [READ_AFTER_HEADER]: write.commitLsn! });
        expect(versionIn(here, target.id)).toBeGreaterThanOrEqual(version);
        expect(versionIn(there, target.id)).toBeGreaterThanOrEqual(version);
        readsChecked += 2;
      }
      return version;
    };
    // readers besides, filling the cache on both replicas while the writes go on
    const reader = async (url: string) => {
      while (writing) if ((await post(url, INSTITUTIONS)).outcome === "hit") hits++;
    };
    const readers = [reader(app.url), reader(replica.url)];
    const finalVersions = await Promise.all(targets.map(writer));
    writing = false;
    await Promise.all(readers);
    expect(readsChecked).toBe(targets.length * 6 * 2);
    // the last notifications arrive; from then on every answer on both is the last state, served from the cache again
    for (const url of replicas) {
      const started = Date.now();
      let answer = await post(url, INSTITUTIONS);
      while (targets.some((target, i) => versionIn(answer, target.id) !== finalVersions[i]) && Date.now() - started < 2000)
        answer = await post(url, INSTITUTIONS);
      for (let i = 0; i < 5; i++) {
        const again = await post(url, INSTITUTIONS);
        targets.forEach((target, k) => expect(versionIn(again, target.id)).toBe(finalVersions[k]));
      }
      expect((await post(url, INSTITUTIONS)).outcome).toBe("hit");
    }
    console.log(`response cache under concurrent writes: ${readsChecked} reads checked after their writes, ${hits} hits among the readers`);
  });
});

describe("the response cache hears every write, however it was made", () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await startTestApp();
    client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await app.close();
  });

  it("has the announcing trigger on every table a read may see", async () => {
    const { rows } = await client.query<{ table: string }>(
      `select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid where t.tgname = $1 and not t.tgisinternal order by 1`,
      [DATA_CHANGE_TRIGGER],
    );
    expect(rows.map((row) => row.table)).toEqual([...announcedTables()].sort());
  });

  it("empties on a write made outside the API (SQL typed by hand)", async () => {
    const { rows } = await client.query<{ slug: string }>(`select slug from region order by pk limit 1`);
    const query = `{ region(slug: "${rows[0]!.slug}") { name } }`;
    const before = await post(app.url, query);
    expect((await post(app.url, query)).outcome).toBe("hit");
    await client.query(`update region set name = name || ' (hand)' where slug = $1`, [rows[0]!.slug]);
    const started = Date.now();
    let after = await post(app.url, query);
    while (after.body.data.region.name === before.body.data.region.name && Date.now() - started < 2000) after = await post(app.url, query);
    expect(after.body.data.region.name).toBe(`${before.body.data.region.name} (hand)`);
  });

  it("serves and keeps nothing while it cannot hear writes (the LISTEN connection dropped), and empties when it hears again", async () => {
    const query = `{ regions(first: 2) { nodes { slug } } }`;
    await post(app.url, query);
    expect((await post(app.url, query)).outcome).toBe("hit");
    const terminated = await client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ipo-graph-changes' and datname = current_database()`,
    );
    expect(terminated.rowCount).toBe(1);
    const outcomes: string[] = [];
    const started = Date.now();
    // deaf from when the server notices the drop, until it reconnects (100 ms later)
    while (!outcomes.includes("bypass") && Date.now() - started < 2000) outcomes.push((await post(app.url, query)).outcome!);
    expect(outcomes.at(-1)).toBe("bypass");
    let outcome = "bypass";
    while (outcome === "bypass" && Date.now() - started < 5000) outcome = (await post(app.url, query)).outcome!;
    // emptied on reconnecting: computed once, then kept again
    expect(outcome).toBe("miss");
    expect((await post(app.url, query)).outcome).toBe("hit");
    // the metrics count all of it (counters: at start, the hand-typed write, the reconnection)
    const metrics = await (await fetch(app.url.replace("/graphql", "/metrics"))).text();
    const count = (name: string) =>
      Number(
        metrics
          .split("\n")
          .find((line) => line.startsWith(`${name} `))
          ?.split(" ")[1],
      );
    expect(count(`ipo_response_cache_queries_total{outcome="hit"}`)).toBeGreaterThan(0);
    expect(count(`ipo_response_cache_queries_total{outcome="bypass"}`)).toBeGreaterThan(0);
    expect(count("ipo_response_cache_invalidations_total")).toBeGreaterThanOrEqual(3);
  });
});

describe("the response cache's bound in bytes (RESPONSE_CACHE_BYTES)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ operations: { responseCacheBytes: 16 * 1024 } });
  });
  afterAll(() => app.close());

  it(`keeps no answer larger than 1/${MAX_ENTRY_SHARE} of it, and keeps small ones`, async () => {
    const large = `{ experiments(first: 20) { nodes { title summary } } }`;
    const first = await post(app.url, large);
    expect(JSON.stringify(first.body.data).length).toBeGreaterThan((16 * 1024) / MAX_ENTRY_SHARE);
    expect((await post(app.url, large)).outcome).toBe("miss");
    const small = `{ regions(first: 1) { nodes { slug } } }`;
    await post(app.url, small);
    expect((await post(app.url, small)).outcome).toBe("hit");
  });
});

describe("the response cache turned off (RESPONSE_CACHE=off)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ responseCache: false });
  });
  afterAll(() => app.close());

  it("computes every answer and says nothing of a cache", async () => {
    const query = `{ regions(first: 3) { nodes { slug } } }`;
    const answers = [await post(app.url, query), await post(app.url, query)];
    expect(answers.map((answer) => answer.outcome)).toEqual([null, null]);
    expect(answers[1]!.body.extensions?.sqlStatements).toBeGreaterThan(0);
    const metrics = await (await fetch(app.url.replace("/graphql", "/metrics"))).text();
    expect(metrics).toContain("ipo_response_cache_entries 0");
  });
});
