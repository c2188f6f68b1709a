import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client as UrqlClient, fetchExchange, gql } from "@urql/core";
import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";

const run = promisify(execFile);
const README = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

/** The README's GET example: the URL of its `curl` call without a body. */
function readmeGetUrl(): URL {
  const command = README.split("\n").find((line) => line.startsWith("curl -s 'http://localhost:4000/graphql?"));
  if (!command) throw new Error("README.md has no `curl -s 'http://localhost:4000/graphql?...'` line");
  return new URL(/'([^']+)'/.exec(command)![1]!);
}

/**
 * Plain GETs run queries (issue 22): curl, urql with its defaults and a link work without a preflight-forcing
 * header; mutations stay POST-only; CSRF_PREVENTION=on brings Apollo's check back.
 */
describe("queries by GET", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("the README's curl GET gets data, with the cache headers and ETag of an anonymous answer", async () => {
    const example = readmeGetUrl();
    const url = new URL(example.pathname + example.search, app.url);
    // the real curl, as the README runs it: no content type, no preflight header
    const { stdout } = await run("curl", ["-s", "-D", "-", url.toString()]);
    const [head, body] = stdout.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head).toMatch(/^cache-control: public, max-age=60$/im);
    expect(head).toMatch(/^etag: "[A-Za-z0-9_-]{32}"$/im);
    const answer = JSON.parse(body!);
    expect(answer.errors).toBeUndefined();
    const expected = await app.query(`{ experiments(first: 3) { nodes { title } } }`);
    expect(answer.data).toEqual(expected.body.data);
  });

  it("urql with its default exchange and method (GET within the URL limit) gets data", async () => {
    const sent: string[] = [];
    const client = new UrqlClient({
      url: app.url,
      exchanges: [fetchExchange],
      fetch: (input, init) => {
        sent.push(init?.method ?? "GET");
        return fetch(input, init);
      },
    });
    const result = await client
      .query(gql`query Haga($slug: String!) { institution(slug: $slug) { name } }`, { slug: "hagaziekenhuis" })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.institution.name).toBe("HagaZiekenhuis");
    expect(sent).toEqual(["GET"]);
  });

  it("a mutation by GET is 405 and writes nothing", async () => {
    const mutation = `mutation { submitInitiative(input: { title: "Per GET", summary: "Mag niet.", submitter: { name: "T", email: "t@example.nl" } }) { id } }`;
    const waiting = async () =>
      (await app.query(`{ submissions { totalCount } }`, {}, { as: Role.EDITOR })).body.data.submissions.totalCount;
    const before = await waiting();
    const response = await fetch(`${app.url}?query=${encodeURIComponent(mutation)}`);
    expect(response.status).toBe(405);
    expect(await waiting()).toBe(before);
    // the same mutation by POST is accepted: the GET was refused for its method, not its content
    const posted = await app.query(mutation);
    expect(posted.body.errors).toBeUndefined();
    expect(await waiting()).toBe(before + 1);
  });

  it("with CSRF_PREVENTION=on, a GET without a preflight-forcing header is refused, and one with it runs", async () => {
    const guarded = await startTestApp({ csrfPrevention: true });
    try {
      const url = `${guarded.url}?query=${encodeURIComponent("{ experiments { totalCount } }")}`;
      expect((await fetch(url)).status).toBe(400);
      const allowed = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
      expect(allowed.status).toBe(200);
      expect(((await allowed.json()) as any).data.experiments.totalCount).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });
});
