import { Role } from "../src/model/viewer";
import { MATCH_END, MATCH_START } from "../src/features/search/snippet-markup";
import { startTestApp, type TestApp } from "./support/test-app";

const HOSTILE = `Leren <img src=x onerror=alert(1)> "samen" & <script>alert('x')</script> ${MATCH_START}nep${MATCH_END} overdrachtsmoment`;

/** What a snippet looks like once the markup we allow (<mark>) is taken out: no tag may remain. */
const tagsOutsideMark = (snippet: string) => snippet.replace(/<\/?mark>/g, "").match(/<[^>]*>/g) ?? [];

describe("stored markup comes back as text in search snippets", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function snippetsFor(query: string): Promise<string[]> {
    const { body } = await app.query(`query($q: String!) { search(query: $q, first: 5) { nodes { snippet matchedBy } } }`, { q: query });
    expect(body.errors).toBeUndefined();
    return body.data.search.nodes.map((n: { snippet: string }) => n.snippet);
  }

  it("markup an editor stored in a subtitle is escaped; only the match is marked", async () => {
    const { body } = await app.query(`{ experiment(slug: "cobra") { id version } }`);
    const update = await app.query(
      `mutation($id: ID!, $v: Int!, $input: UpdateExperimentInput!) { updateExperiment(id: $id, expectedVersion: $v, input: $input) { subtitle } }`,
      { id: body.data.experiment.id, v: body.data.experiment.version, input: { subtitle: HOSTILE } },
      { as: Role.EDITOR },
    );
    expect(update.body.errors).toBeUndefined();
    const [snippet] = await snippetsFor("overdrachtsmoment");
    expect(snippet).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // PostgreSQL's parser drops what it reads as tags (<script>); what it keeps is escaped
    expect(snippet).not.toMatch(/<script/i);
    expect(snippet).toContain("alert(&#39;x&#39;)");
    expect(snippet).toContain("&quot;samen&quot; &amp;");
    expect(snippet).toContain("<mark>overdrachtsmoment</mark>");
    // the stored text cannot forge a highlight with the markers PostgreSQL uses
    expect(snippet).not.toContain("<mark>nep</mark>");
    expect(tagsOutsideMark(snippet)).toEqual([]);
  });

  it("markup in a published anonymous submission is escaped, in full-text and in fuzzy snippets", async () => {
    const { body: ids } = await app.query(`{ institution(slug: "lumc") { id } }`);
    const submitted = await app.query(`mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`, {
      input: {
        title: `Kwaadaardig <b onmouseover=alert(2)>initiatiefvoorstel</b>`,
        summary: HOSTILE,
        institutions: [{ institutionId: ids.data.institution.id, role: "LEAD" }],
        submitter: { name: "Anoniem", email: "anoniem@example.nl" },
      },
    });
    expect(submitted.body.errors).toBeUndefined();
    const published = await app.query(
      `mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { state } }`,
      { id: submitted.body.data.submitInitiative.id },
      { as: Role.EDITOR },
    );
    expect(published.body.data.publish.state).toBe("PUBLISHED");
    const fullText = await snippetsFor("initiatiefvoorstel");
    expect(fullText[0]).toContain("&lt;b onmouseover=alert(2)&gt;");
    // a misspelling finds it through the fuzzy path, whose snippet is the start of the text
    const { body } = await app.query(`{ search(query: "kwaadaardik", first: 5) { nodes { snippet matchedBy } } }`);
    expect(body.data.search.nodes[0].matchedBy).toBe("FUZZY");
    for (const snippet of [...fullText, ...body.data.search.nodes.map((n: { snippet: string }) => n.snippet)])
      expect(tagsOutsideMark(snippet)).toEqual([]);
  });
});
