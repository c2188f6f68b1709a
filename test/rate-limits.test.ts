import { Client } from "pg";
import { readConfig } from "../src/app/config";
import { connectDatabase, type Database } from "../src/database/connect";
import { startHttpServer, type RunningServer } from "../src/server/create-server";
import { startTestApp, testServerSettings, tokenFor, type TestApp } from "./support/test-app";
import { Role } from "../src/model/viewer";

const BUDGET = {
  requests: 5,
  rowsPerPoint: 100,
  settleMs: 1000,
  requestWindowSeconds: 60,
  anonymousWrites: 2,
  anonymousWriteWindowSeconds: 3600,
  store: "postgres" as const,
  exportsAtOnce: 2,
  exportIdleSeconds: 30,
  exportMaxSeconds: 900,
};

async function post(url: string, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, any> }>; extensions?: Record<string, any> },
  };
}

describe("rate limits per client, counted in PostgreSQL and shared by every replica", () => {
  let app: TestApp;
  let secondDatabase: Database;
  let replica: RunningServer;
  beforeAll(async () => {
    app = await startTestApp({ rateLimits: BUDGET });
    // a second server on the same database: a replica behind the same load balancer
    const config = { ...readConfig({}), databaseUrl: app.databaseUrl };
    secondDatabase = await connectDatabase(config);
    replica = await startHttpServer(secondDatabase, testServerSettings(config, false, { rateLimits: BUDGET }));
  });
  afterAll(async () => {
    await replica.stop();
    await secondDatabase.close();
    await app.close();
  });

  it(`answers ${BUDGET.requests} requests in a window across two replicas, then 429 RATE_LIMITED with Retry-After`, async () => {
    const query = `{ viewer { role } }`;
    const statuses: number[] = [];
    for (let i = 0; i < BUDGET.requests; i++) statuses.push((await post(i % 2 === 0 ? app.url : replica.url, query)).status);
    expect(statuses).toEqual(Array(BUDGET.requests).fill(200));
    for (const url of [app.url, replica.url]) {
      const refused = await post(url, query);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(BUDGET.requestWindowSeconds);
      expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(refused.retryAfter));
    }
  });

  it("a token holder has a budget of their own, apart from the address's", async () => {
    const authorization = `Bearer ${await tokenFor(Role.EDITOR)}`;
    const statuses: number[] = [];
    for (let i = 0; i <= BUDGET.requests; i++)
      statuses.push((await post(app.url, `{ viewer { subject } }`, undefined, { authorization })).status);
    expect(statuses).toEqual([...Array(BUDGET.requests).fill(200), 429]);
  });
});

describe("anonymous writes have a much smaller budget", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ rateLimits: { ...BUDGET, requests: 1000 } });
  });
  afterAll(() => app.close());

  it(`${BUDGET.anonymousWrites} anonymous submissions are stored, the next is refused with 429 and stores nothing; an editor is not held to it`, async () => {
    const submit = (n: number, headers?: Record<string, string>) =>
      post(
        app.url,
        `mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`,
        { input: { title: `Voorstel ${n}`, summary: "Samen leren.", submitter: { name: "Anoniem", email: "a@example.nl" } } },
        headers,
      );
    const count = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from submission`))[0].n);
    for (let n = 0; n < BUDGET.anonymousWrites; n++) expect((await submit(n)).body.errors).toBeUndefined();
    const refused = await submit(99);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(Number(refused.retryAfter)).toBeGreaterThan(BUDGET.requestWindowSeconds);
    expect(await count()).toBe(BUDGET.anonymousWrites);
    // reads go on, and a signed-in editor's submission is not an anonymous write
    expect((await post(app.url, `{ viewer { role } }`)).status).toBe(200);
    const byEditor = await submit(100, { authorization: `Bearer ${await tokenFor(Role.EDITOR)}` });
    expect(byEditor.body.errors).toBeUndefined();
    expect(await count()).toBe(BUDGET.anonymousWrites + 1);
  });
});

describe("the budget is charged by what a request read (extensions.cost: requested before, actual after, the budget left)", () => {
  const COSTLY = { ...BUDGET, requests: 50, rowsPerPoint: 10 };
  let app: TestApp;
  let secondDatabase: Database;
  let replica: RunningServer;
  beforeAll(async () => {
    // charged by the rows read: the same query must be read every time
    app = await startTestApp({ rateLimits: COSTLY, responseCache: false });
    const config = { ...readConfig({}), databaseUrl: app.databaseUrl };
    secondDatabase = await connectDatabase(config);
    replica = await startHttpServer(secondDatabase, testServerSettings(config, false, { rateLimits: COSTLY, responseCache: false }));
  });
  afterAll(async () => {
    await replica.stop();
    await secondDatabase.close();
    await app.close();
  });

  it("reports and charges each request's rows, shares the charges with the other replica within a second, and refuses a heavy reader sooner", async () => {
    const heavy = `{ institutions(first: 100) { totalCount nodes { name } } }`;
    const first = await post(app.url, heavy);
    const cost = first.body.extensions?.cost;
    expect(cost.requested).toBeGreaterThanOrEqual(first.body.data.institutions.totalCount);
    expect(cost.actual).toBeGreaterThanOrEqual(first.body.data.institutions.totalCount);
    expect(cost.charged).toBe(1 + Math.floor(cost.actual / COSTLY.rowsPerPoint));
    expect(cost.charged).toBeGreaterThan(2);
    expect(cost.budget).toEqual({ limit: 50, remaining: 50 - cost.charged, windowSeconds: 60, rowsPerPoint: 10 });

    const light = await post(app.url, `{ viewer { role } }`);
    expect(light.body.extensions?.cost).toMatchObject({ actual: 0, charged: 1, budget: { remaining: 50 - cost.charged - 1 } });

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const elsewhere = await post(replica.url, `{ viewer { role } }`);
    expect(elsewhere.body.extensions?.cost.budget.remaining).toBe(50 - cost.charged - 2);

    let spent = cost.charged + 2;
    let requests = 3;
    for (; requests < 50; requests++) {
      const answer = await post(app.url, heavy);
      if (answer.status === 429) break;
      spent += answer.body.extensions?.cost.charged;
    }
    expect(requests).toBeLessThan(50 / 2);
    expect(spent).toBeGreaterThanOrEqual(50 - cost.charged);
  });
});

describe("a read spends its budget in memory, settled with the shared counters every RATE_LIMIT_SETTLE_MS or at a tenth of the budget", () => {
  let app: TestApp;
  beforeAll(async () => {
    // no settling by time during the test: only the first request and a tenth of the budget reach the counters
    app = await startTestApp({ rateLimits: { ...BUDGET, requests: 100, settleMs: 600_000 } });
  });
  afterAll(() => app.close());

  it("the shared counter hears a client's first request at once, the next nine not, and all eleven when a tenth of the budget is unsettled", async () => {
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    const stored = async () =>
      Number(
        (await client.query(`select coalesce(sum(points), 0) as points from ipo_limits.rate_limit where key like 'request:%'`)).rows[0]
          .points,
      );
    try {
      const before = await stored();
      const remaining: number[] = [];
      const ask = async () => {
        const answer = await post(app.url, `{ viewer { role } }`);
        expect(answer.status).toBe(200);
        remaining.push(answer.body.extensions?.cost.budget.remaining);
      };
      await ask();
      expect(await stored()).toBe(before + 1);
      for (let i = 0; i < 9; i++) await ask();
      // ten requests, one statement for the budget: the others were counted in memory
      expect(await stored()).toBe(before + 1);
      await ask();
      expect(await stored()).toBe(before + 11);
      expect(remaining).toEqual(Array.from({ length: 11 }, (_, index) => 100 - (index + 1)));
    } finally {
      await client.end();
    }
  });
});
