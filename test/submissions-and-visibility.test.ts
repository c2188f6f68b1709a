import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";

const SUBMIT = `mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id state version } }`;

/** Every read path a reader could find an experiment through, for one experiment id. */
const SEEN = `query($id: ID!, $lumc: ID!, $reps: [_Any!]!) {
  node(id: $id) { id }
  experiments(kind: INITIATIVE, first: 100) { nodes { id } }
  institution(id: $lumc) { experiments { experiment { id } } }
  search(query: "Zeeuws-Vlaanderen") { nodes { node { ... on Experiment { id } } } }
  neighbourhood(id: $lumc, depth: 1) { nodes { node { ... on Experiment { id } } } }
  collaborationNetwork { edges { experiments { id } } }
  _entities(representations: $reps) { ... on Experiment { id } }
}`;

describe("submissions, publication and archive: what each role sees", () => {
  let app: TestApp;
  let lumc: string;
  let specialty: string;
  let amc: string;
  const experimentCount = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from experiment`))[0].n);

  /** Where the experiment `id` shows up for a role. */
  async function seenBy(id: string, as?: Role): Promise<string[]> {
    const { body } = await app.query(SEEN, { id, lumc, reps: [{ __typename: "Experiment", id }] }, as ? { as } : {});
    expect(body.errors).toBeUndefined();
    const has = (ids: Array<string | undefined>) => ids.includes(id);
    const places: Record<string, boolean> = {
      node: body.data.node?.id === id,
      experiments: has(body.data.experiments.nodes.map((n: { id: string }) => n.id)),
      relation: has(body.data.institution.experiments.map((e: { experiment: { id: string } }) => e.experiment.id)),
      search: has(body.data.search.nodes.map((n: { node: { id?: string } }) => n.node.id)),
      neighbourhood: has(body.data.neighbourhood.nodes.map((n: { node: { id?: string } }) => n.node.id)),
      collaborationNetwork: body.data.collaborationNetwork.edges.some((e: { experiments: Array<{ id: string }> }) =>
        has(e.experiments.map((x) => x.id)),
      ),
      _entities: body.data._entities[0]?.id === id,
    };
    return Object.keys(places).filter((place) => places[place]);
  }
  const EVERYWHERE = ["node", "experiments", "relation", "search", "neighbourhood", "collaborationNetwork", "_entities"];

  const initiative = (title: string) => ({
    title,
    summary: "Aios huisartsgeneeskunde en ouderengeneeskunde leren samen bij de overdracht naar huis.",
    domains: ["TRANSMURAL"],
    goals: ["Betere overdracht"],
    institutions: [
      { institutionId: lumc, role: "LEAD" },
      { institutionId: amc, role: "PARTNER" },
    ],
    specialties: [{ specialtyId: specialty, level: "RESIDENT" }],
    submitter: { name: "Sanne de Vries", email: "sanne@example.nl", organisation: "Huisartsenpraktijk", message: "Graag opnemen." },
  });

  beforeAll(async () => {
    app = await startTestApp();
    const { body } = await app.query(
      `{ lumc: institution(slug: "lumc") { id } amc: institution(slug: "amsterdam-umc-amc") { id } specialties(first: 1) { nodes { id } } }`,
    );
    lumc = body.data.lumc.id;
    amc = body.data.amc.id;
    specialty = body.data.specialties.nodes[0].id;
  });
  afterAll(() => app.close());

  it("refuses a bad submission with every problem at once and stores nothing", async () => {
    const before = await experimentCount();
    const input = {
      ...initiative(" "),
      goals: ["x".repeat(2001)],
      institutions: [{ institutionId: "bm9wZQ", role: "LEAD" }],
      submitter: { name: "", email: "nope" },
    };
    const { body } = await app.query(SUBMIT, { input });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field)).toEqual([
      "title",
      "goals[0]",
      "institutions[0]",
      "submitter.name",
      "submitter.email",
    ]);
    expect(await experimentCount()).toBe(before);
  });

  it("stores an anonymous submission unseen by readers and members, seen by editors, everywhere", async () => {
    const { body } = await app.query(SUBMIT, { input: initiative("Samen leren in Zeeuws-Vlaanderen") });
    expect(body.errors).toBeUndefined();
    const { id } = body.data.submitInitiative;
    expect(body.data.submitInitiative).toMatchObject({ state: "SUBMITTED", version: 1 });

    expect(await seenBy(id)).toEqual([]);
    expect(await seenBy(id, Role.MEMBER)).toEqual([]);
    expect(await seenBy(id, Role.EDITOR)).toEqual(EVERYWHERE);

    const review = `query($id: ID!) { node(id: $id) { ... on Experiment { state kind submission { submitterName submitterEmail decidedAt } } } submissions { totalCount nodes { id } } }`;
    const editor = await app.query(review, { id }, { as: Role.EDITOR });
    expect(editor.body.data.node).toEqual({
      state: "SUBMITTED",
      kind: "INITIATIVE",
      submission: { submitterName: "Sanne de Vries", submitterEmail: "sanne@example.nl", decidedAt: null },
    });
    expect(editor.body.data.submissions.nodes.map((n: { id: string }) => n.id)).toContain(id);
    const member = await app.query(`{ submissions { totalCount } }`, undefined, { as: Role.MEMBER });
    expect(member.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("publishes a submission (EDITOR, current version only): then everyone sees it everywhere", async () => {
    const { id } = (await app.query(SUBMIT, { input: initiative("Zeeuws-Vlaanderen: de wijk als leerplek") })).body.data.submitInitiative;
    const byMember = await app.query(`mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { state } }`, { id }, { as: Role.MEMBER });
    expect(byMember.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const stale = await app.query(`mutation($id: ID!) { publish(id: $id, expectedVersion: 7) { state } }`, { id }, { as: Role.EDITOR });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await seenBy(id)).toEqual([]);

    const published = await app.query(
      `mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { state version } }`,
      { id },
      { as: Role.EDITOR },
    );
    expect(published.body.data.publish).toEqual({ state: "PUBLISHED", version: 2 });
    expect(await seenBy(id)).toEqual(EVERYWHERE);
    const again = await app.query(`mutation($id: ID!) { publish(id: $id, expectedVersion: 2) { state } }`, { id }, { as: Role.EDITOR });
    expect(again.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const trail = (await app.query(`query($id: ID!) { auditTrail(id: $id) { action actorRole after } }`, { id }, { as: Role.ADMIN })).body
      .data.auditTrail;
    expect(trail.map((e: { action: string; actorRole: string }) => `${e.action} by ${e.actorRole}`)).toEqual([
      "SUBMIT by READER",
      "PUBLISH by EDITOR",
    ]);
    expect(JSON.stringify(trail)).not.toContain("sanne@example.nl");
  });

  it("rejects a submission with a reason: out of every read, listed for editors with the reason", async () => {
    const { id } = (await app.query(SUBMIT, { input: initiative("Zeeuws-Vlaanderen afgewezen voorstel") })).body.data.submitInitiative;
    const noReason = await app.query(
      `mutation($id: ID!) { reject(id: $id, expectedVersion: 1, reason: " ") { state } }`,
      { id },
      { as: Role.EDITOR },
    );
    expect(noReason.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: "reason", code: "REQUIRED", message: "may not be empty (or only spaces and invisible characters)" },
    ]);
    const rejected = await app.query(
      `mutation($id: ID!) { reject(id: $id, expectedVersion: 1, reason: "Valt buiten interprofessioneel opleiden.") { state version } }`,
      { id },
      { as: Role.EDITOR },
    );
    expect(rejected.body.data.reject).toEqual({ state: "REJECTED", version: 2 });
    expect(await seenBy(id)).toEqual([]);
    expect(await seenBy(id, Role.EDITOR)).toEqual([]);
    const list = await app.query(
      `{ submissions(state: REJECTED) { nodes { id state submission { rejectionReason decidedBy } } } }`,
      undefined,
      { as: Role.EDITOR },
    );
    expect(list.body.data.submissions.nodes).toEqual([
      { id, state: "REJECTED", submission: { rejectionReason: "Valt buiten interprofessioneel opleiden.", decidedBy: "test-editor" } },
    ]);
    // its reviewers still see what it was submitted with; nobody else does
    const links = `{ submissions(state: REJECTED) { nodes { institutions { role } submission { institutions { role institution { slug } } specialties { level specialty { id } } } } } }`;
    const review = await app.query(links, undefined, { as: Role.EDITOR });
    expect(review.body.errors).toBeUndefined();
    const [node] = review.body.data.submissions.nodes;
    expect(node.institutions).toEqual([]);
    expect(
      node.submission.institutions.map((i: { role: string; institution: { slug: string } }) => `${i.role} ${i.institution.slug}`).sort(),
    ).toEqual(["LEAD lumc", "PARTNER amsterdam-umc-amc"]);
    expect(node.submission.specialties).toEqual([{ level: "RESIDENT", specialty: { id: specialty } }]);
    expect((await app.query(links, undefined, { as: Role.MEMBER })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("archiving an experiment hides it and what cannot exist without it; restoring brings all back", async () => {
    const read = `{ experiment(slug: "cobra") { id version } learningActivities(first: 100) { totalCount } quotes(first: 100) { totalCount } institution(slug: "lumc") { experiments { experiment { slug } } } }`;
    const before = (await app.query(read)).body.data;
    const cobraActivities = (await app.query(`{ experiment(slug: "cobra") { learningActivities { id } quotes { id } } }`)).body.data
      .experiment;
    expect(cobraActivities.learningActivities.length).toBeGreaterThan(0);

    const archived = await app.query(
      `mutation($id: ID!, $v: Int!) { archive(id: $id, expectedVersion: $v) { state } }`,
      { id: before.experiment.id, v: before.experiment.version },
      { as: Role.EDITOR },
    );
    expect(archived.body.data.archive.state).toBe("ARCHIVED");
    const during = (await app.query(read)).body.data;
    expect(during.experiment).toBeNull();
    expect(during.learningActivities.totalCount).toBe(before.learningActivities.totalCount - cobraActivities.learningActivities.length);
    expect(during.quotes.totalCount).toBe(before.quotes.totalCount - cobraActivities.quotes.length);
    expect(during.institution.experiments.map((e: { experiment: { slug: string } }) => e.experiment.slug)).not.toContain("cobra");
    const child = await app.query(`query($id: ID!) { node(id: $id) { id } }`, { id: cobraActivities.learningActivities[0].id });
    expect(child.body.data.node).toBeNull();

    const restored = await app.query(
      `mutation($id: ID!, $v: Int!) { restore(id: $id, expectedVersion: $v) { state } }`,
      { id: before.experiment.id, v: before.experiment.version + 1 },
      { as: Role.EDITOR },
    );
    expect(restored.body.data.restore.state).toBe("PUBLISHED");
    const after = (await app.query(read)).body.data;
    expect({ ...after, experiment: after.experiment.id }).toEqual({ ...before, experiment: before.experiment.id });
  });

  it("a walk never reaches an archived node through a reference to it: the parts of an archived institution are walked around it", async () => {
    const read = `{ amc: institution(slug: "amsterdam-umc-amc") { id partOf { id version } } vumc: institution(slug: "amsterdam-umc-vumc") { id } }`;
    const { amc, vumc } = (await app.query(read)).body.data;
    const parent = amc.partOf;
    const walks = `query($amc: ID!, $vumc: ID!) {
      neighbourhood(id: $amc, depth: 2) { nodes { node { id ... on Institution { name } } } edges { sourceId targetId } }
      shortestPath(from: $amc, to: $vumc, via: [INSTITUTION]) { nodes { id } }
    }`;
    const before = await app.query(walks, { amc: amc.id, vumc: vumc.id });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data.shortestPath.nodes.map((node: { id: string }) => node.id)).toEqual([amc.id, parent.id, vumc.id]);

    const archived = await app.query(
      `mutation($id: ID!, $v: Int!) { archive(id: $id, expectedVersion: $v) { state } }`,
      { id: parent.id, v: parent.version },
      { as: Role.EDITOR },
    );
    expect(archived.body.data.archive.state).toBe("ARCHIVED");
    try {
      for (const as of [undefined, Role.EDITOR]) {
        const { body } = await app.query(walks, { amc: amc.id, vumc: vumc.id }, as ? { as } : {});
        // before, the walk went on through the archived parent, and answered an error for the node it could not show
        expect(body.errors).toBeUndefined();
        const ids = body.data.neighbourhood.nodes.map((entry: { node: { id: string } }) => entry.node.id);
        expect(ids).toContain(amc.id);
        expect(ids).not.toContain(parent.id);
        expect(JSON.stringify(body.data.neighbourhood.edges)).not.toContain(parent.id);
        // through institutions only, AMC and VUmc met only in their parent
        expect(body.data.shortestPath).toBeNull();
      }
    } finally {
      await app.query(
        `mutation($id: ID!, $v: Int!) { restore(id: $id, expectedVersion: $v) { state } }`,
        { id: parent.id, v: parent.version + 1 },
        { as: Role.EDITOR },
      );
    }
    const after = await app.query(walks, { amc: amc.id, vumc: vumc.id });
    expect(after.body.data).toEqual(before.body.data);
  });
});
