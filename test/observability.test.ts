import { createTestDatabase } from "./support/test-database";
import { startServerProcess, type ServerProcess } from "./support/server-process";
import { startTestApp, type TestApp } from "./support/test-app";

describe("metrics at /metrics (prom-client)", () => {
  let app: TestApp;
  let metricsUrl: string;
  beforeAll(async () => {
    // statements per request are counted: every request computed
    app = await startTestApp({ responseCache: false });
    metricsUrl = new URL("/metrics", app.url).toString();
  });
  afterAll(() => app.close());

  const scrape = async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    return text;
  };
  const value = (text: string, series: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it("counts requests per operation and status, errors by code, latency and statements per request, pool connections", async () => {
    for (let i = 0; i < 3; i++) await app.query(`query Lumc { institution(slug: "lumc") { name experiments { experiment { title } } } }`);
    await app.query(`{ __typename }`);
    await app.query(`query Broken { institution(slug: "lumc") { nope } }`);
    const text = await scrape();
    expect(value(text, `ipo_graphql_requests_total{operation="Lumc",status="200"}`)).toBe(3);
    expect(value(text, `ipo_graphql_requests_total{operation="anonymous",status="200"}`)).toBe(1);
    expect(value(text, `ipo_graphql_requests_total{operation="Broken",status="400"}`)).toBe(1);
    expect(value(text, `ipo_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`)).toBe(1);
    expect(value(text, `ipo_graphql_request_duration_seconds_count{operation="Lumc"}`)).toBe(3);
    expect(value(text, `ipo_graphql_request_duration_seconds_bucket{le="+Inf",operation="Lumc"}`)).toBe(3);
    // the institution and its experiments: 2 statements per request, 3 times; the others none
    expect(value(text, "ipo_sql_statements_per_request_sum")).toBe(6);
    expect(value(text, "ipo_sql_statements_per_request_count")).toBe(5);
    expect(value(text, `ipo_db_pool_connections{pool="read-published",state="idle"}`)).toBeGreaterThanOrEqual(1);
    expect(value(text, `ipo_db_pool_connections{pool="writes",state="waiting"}`)).toBe(0);
    expect(value(text, "ipo_process_resident_memory_bytes")).toBeGreaterThan(10_000_000);
  });

  it("operation names chosen by clients cannot multiply the series: past 200 distinct names, `other`", async () => {
    await Promise.all(Array.from({ length: 260 }, (_, i) => app.query(`query Op${i} { __typename }`)));
    const text = await scrape();
    const names = new Set([...text.matchAll(/^ipo_graphql_requests_total\{operation="([^"]+)"/gm)].map((match) => match[1]));
    // 200 names as sent, `anonymous` and `other`
    expect(names.size).toBeLessThanOrEqual(202);
    // Lumc and Broken (the test above) took two of the 200 names
    expect(value(text, `ipo_graphql_requests_total{operation="other",status="200"}`)).toBe(260 - (200 - 2));
  });
});

describe("the request log and the slow-statement log (pino, a real server process)", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: db.url, LOG_LEVEL: "info", SLOW_STATEMENT_MS: "1", METRICS_TOKEN: "scrape-secret" });
  });
  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    await db.drop();
  });

  it("one JSON line per request with id, operation, role, status, duration, statements and error codes; no document, variables, e-mail or token", async () => {
    const email = "sanne.de.vries@example.nl";
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "dash-42" },
      body: JSON.stringify({
        query: `mutation Submit($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id state } }`,
        variables: {
          input: {
            title: "Samen leren bij de overdracht",
            summary: "Aios leren samen bij ontslag uit het ziekenhuis.",
            submitter: { name: "Sanne de Vries", email },
          },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("dash-42");
    const search = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query Find($q: String!) { search(query: $q) { nodes { node { ... on Experiment { id } } } } }`,
        variables: { q: "Zeeuws-Vlaanderen" },
      }),
    });
    expect(search.status).toBe(200);
    const unauthenticated = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer not-a-token" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(unauthenticated.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === "graphql request");
    expect(requests.find((line) => line.requestId === "dash-42")).toMatchObject({
      operationName: "Submit",
      role: "READER",
      status: 200,
      errorCodes: [],
      statements: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect(requests.find((line) => line.operationName === "Find")).toMatchObject({
      status: 200,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(requests.find((line) => line.status === 401)).toMatchObject({ errorCodes: ["UNAUTHENTICATED"], role: null });
    const slow = lines.filter((line) => line.msg === "slow read statement");
    expect(slow.length).toBeGreaterThan(0);
    expect(slow.some((line) => String(line.statement).includes("$1"))).toBe(true);
    for (const secret of [email, "Sanne de Vries", "Zeeuws-Vlaanderen", "not-a-token", "scrape-secret", "submitInitiative("])
      expect(server.output()).not.toContain(secret);

    const metrics = new URL("/metrics", server.url).toString();
    expect((await fetch(metrics)).status).toBe(401);
    expect((await fetch(metrics, { headers: { authorization: "Bearer scrape-secret" } })).status).toBe(200);
  });
});
