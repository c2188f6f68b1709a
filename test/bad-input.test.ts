import { toGlobalId } from "../src/catalogue/global-id";
import { startTestApp, type TestApp } from "./support/test-app";

function codes(body: any): string[] {
  return (body.errors ?? []).map((e: any) => e.extensions?.code);
}

describe("bad input gets a clear error with a code, never a stack trace or a 500", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const cases: Array<[string, string, Record<string, unknown> | undefined, string, RegExp]> = [
    ["a malformed id", `{ node(id: "not an id") { id } }`, undefined, "BAD_USER_INPUT", /not a valid IPO Graph id/],
    [
      "base64 of something that is not an id",
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: Buffer.from("Nope:1").toString("base64url") },
      "BAD_USER_INPUT",
      /not a valid IPO Graph id/,
    ],
    [
      "an id with a non-numeric key",
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: Buffer.from("Experiment:1 or 1=1").toString("base64url") },
      "BAD_USER_INPUT",
      /not a valid/,
    ],
    [
      "an id of the wrong type",
      `query($id: ID!) { experiment(id: $id) { id } }`,
      { id: toGlobalId("Institution", 1) },
      "BAD_USER_INPUT",
      /of type Institution, but `id` takes the id of type Experiment/,
    ],
    [
      "a filter id of the wrong type",
      `query($id: ID!) { experiments(regionId: $id) { totalCount } }`,
      { id: toGlobalId("Person", 1) },
      "BAD_USER_INPUT",
      /`regionId` takes the id of type Region/,
    ],
    [
      "both id and slug",
      `query($id: ID!) { experiment(id: $id, slug: "cobra") { id } }`,
      { id: toGlobalId("Experiment", 1) },
      "BAD_USER_INPUT",
      /exactly one of `id` or `slug`/,
    ],
    ["neither id nor slug", `{ institution { id } }`, undefined, "BAD_USER_INPUT", /exactly one of `id` or `slug`/],
    ["a bad cursor", `{ experiments(after: "garbage!") { totalCount } }`, undefined, "BAD_USER_INPUT", /not a valid cursor/],
    [
      "a base64 cursor that is not ours",
      `query($after: String) { experiments(after: $after) { totalCount } }`,
      { after: Buffer.from("offset:-5").toString("base64url") },
      "BAD_USER_INPUT",
      /not a valid cursor/,
    ],
    ["first below 0", `{ experiments(first: -1) { totalCount } }`, undefined, "BAD_USER_INPUT", /between 0 and 100/],
    ["first above the maximum", `{ people(first: 101) { totalCount } }`, undefined, "BAD_USER_INPUT", /between 0 and 100/],
    [
      "first beyond 32 bits",
      `{ people(first: 99999999999) { totalCount } }`,
      undefined,
      "GRAPHQL_VALIDATION_FAILED",
      /Int cannot represent/,
    ],
    [
      "more than 100 ids in nodes",
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: Array.from({ length: 101 }, (_, i) => toGlobalId("Experiment", i + 1)) },
      "BAD_USER_INPUT",
      /at most 100 ids/,
    ],
    [
      "an invalid enum literal",
      `{ experiments(kind: FOO) { totalCount } }`,
      undefined,
      "GRAPHQL_VALIDATION_FAILED",
      /"FOO" does not exist/,
    ],
    [
      "an invalid enum variable",
      `query($kind: ExperimentKind) { experiments(kind: $kind) { totalCount } }`,
      { kind: "FOO" },
      "BAD_USER_INPUT",
      /Value "FOO" does not exist/,
    ],
    [
      "a wrongly typed variable",
      `query($first: Int) { experiments(first: $first) { totalCount } }`,
      { first: "ten" },
      "BAD_USER_INPUT",
      /Int cannot represent/,
    ],
    ["an unknown field", `{ experiments { nope } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /Cannot query field "nope"/],
    ["a syntax error", `{ experiments(`, undefined, "GRAPHQL_PARSE_FAILED", /Syntax Error/],
    [
      "a NUL character in a text filter",
      `query($city: String) { institutions(city: $city) { totalCount } }`,
      { city: "Lei\u0000den" },
      "BAD_USER_INPUT",
      /may not contain NUL/,
    ],
  ];

  it.each(cases)("%s", async (_name, query, variables, code, message) => {
    const { status, body } = await app.query(query, variables);
    expect(status).toBeLessThan(500);
    expect(codes(body)).toEqual([code]);
    expect(body.errors![0].message).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace| {4}at /);
  });

  it("answers an unknown slug or id with null, not an error", async () => {
    const { body } = await app.query(
      `query($id: ID!) { experiment(slug: "does-not-exist") { id } institution(id: $id) { id } node(id: $id) { id } long: person(slug: "${"x".repeat(500)}") { id } nul: person(slug: "klaas\\u0000nauta") { id } }`,
      {
        id: toGlobalId("Institution", 999999),
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ experiment: null, institution: null, node: null, long: null, nul: null });
  });

  it("keeps the other root fields when one fails", async () => {
    const { body } = await app.query(`{ experiment(slug: "cobra") { acronym } bad: node(id: "x") { id } }`);
    expect(body.data).toEqual({ experiment: { acronym: "COBRA" }, bad: null });
    expect(codes(body)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers a malformed or oversized request body with 400 or 413 and a code", async () => {
    const malformed = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
    const huge = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ experiments { totalCount } }`, padding: "x".repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("rejects a POST without a query (GETs: get-queries.test.ts)", async () => {
    const noQuery = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({}) });
    expect(noQuery.status).toBe(400);
  });

  it("answers an operation name the document does not have with 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const ask = (query: string, operationName?: string) =>
      fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, operationName }) });
    for (const [query, operationName, message] of [
      ["query A { __typename }", "B", 'Unknown operation named "B".'],
      ["query A { __typename } query C { __typename }", "B", 'Unknown operation named "B".'],
      ["query A { __typename } query C { __typename }", undefined, "Must provide operation name if query contains multiple operations."],
    ] as const) {
      const response = await ask(query, operationName);
      expect({ status: response.status, errors: ((await response.json()) as any).errors }).toEqual({
        status: 400,
        errors: [{ message, extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }],
      });
    }
    const right = await ask("query A { __typename } query C { __typename }", "C");
    expect(((await right.json()) as any).data).toEqual({ __typename: "Query" });
  });
});
