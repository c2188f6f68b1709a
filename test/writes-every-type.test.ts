import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";

/** Ids of seed nodes the inputs below refer to. */
interface Ids {
  lumc: string;
  cobra: string;
  person: string;
  personSlug: string;
  specialty: string;
  transition: string;
}

/** The smallest valid create input of every node type, and one field an update changes. */
const CASES: Array<{ type: string; input: (ids: Ids) => Record<string, unknown>; change: Record<string, unknown>; shown: string }> = [
  {
    type: "Programme",
    input: (ids) => ({ name: "Testprogramma", ownerId: ids.lumc, summary: "Een programma om te testen." }),
    change: { name: "Testprogramma 2" },
    shown: "name",
  },
  {
    type: "Experiment",
    input: () => ({ kind: "INITIATIVE", title: "Testinitiatief zorgpaden", status: "RUNNING" }),
    change: { title: "Testinitiatief 2" },
    shown: "title",
  },
  {
    type: "Institution",
    input: () => ({ name: "Testkliniek Noord", type: "GENERAL_HOSPITAL" }),
    change: { name: "Testkliniek Zuid" },
    shown: "name",
  },
  { type: "Region", input: () => ({ name: "OOR Test" }), change: { name: "OOR Test 2" }, shown: "name" },
  {
    type: "Specialty",
    input: () => ({
      name: "Testgeneeskunde",
      nameEn: "Test medicine",
      practitionerName: "testarts",
      category: "MEDICAL_SPECIALTY",
      code: "IPO-TEST",
      codeSystem: "LOCAL",
    }),
    change: { name: "Testgeneeskunde 2" },
    shown: "name",
  },
  {
    type: "Person",
    input: () => ({ name: "Test Persoon", email: "test.persoon@example.nl" }),
    change: { name: "Test Persoon 2" },
    shown: "name",
  },
  {
    type: "CareTransition",
    input: () => ({ kind: "CONSULTATION", fromSetting: "NURSING_HOME", toSetting: "PUBLIC_HEALTH", name: "Test consult" }),
    change: { name: "Test consult 2" },
    shown: "name",
  },
  {
    type: "LearningActivity",
    input: (ids) => ({ experimentId: ids.cobra, type: "MDO", name: "Test-MDO" }),
    change: { name: "Test-MDO 2" },
    shown: "name",
  },
  {
    type: "Deliverable",
    input: (ids) => ({ experimentId: ids.cobra, kind: "GUIDE", title: "Testhandreiking", status: "PLANNED" }),
    change: { title: "Testhandreiking 2" },
    shown: "title",
  },
  {
    type: "Factor",
    input: (ids) => ({ experimentId: ids.cobra, kind: "PROMOTING", text: "Testfactor" }),
    change: { text: "Testfactor 2" },
    shown: "text",
  },
  {
    type: "Quote",
    input: (ids) => ({ personId: ids.person, experimentId: ids.cobra, text: "Testcitaat" }),
    change: { text: "Testcitaat 2" },
    shown: "text",
  },
  {
    type: "Site",
    input: (ids) => ({ institutionId: ids.lumc, name: "Testlocatie Leiden", city: "Leiden" }),
    change: { name: "Testlocatie Oegstgeest" },
    shown: "name",
  },
];

describe("writes to every node type and every edge", () => {
  let app: TestApp;
  let ids: Ids;
  const audits = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from audit_event`))[0].n);
  const visible = async (type: string, id: string, field: string, as?: Role) =>
    (await app.query(`query($id: ID!) { node(id: $id) { ... on ${type} { ${field} } } }`, { id }, as ? { as } : {})).body.data.node?.[
      field
    ] ?? null;

  beforeAll(async () => {
    app = await startTestApp();
    const { body } = await app.query(`{
      institution(slug: "lumc") { id } experiment(slug: "cobra") { id }
      people(first: 1) { nodes { id slug } } specialties(first: 1) { nodes { id } } careTransitions(first: 1) { nodes { id } } }`);
    ids = {
      lumc: body.data.institution.id,
      cobra: body.data.experiment.id,
      person: body.data.people.nodes[0].id,
      personSlug: body.data.people.nodes[0].slug,
      specialty: body.data.specialties.nodes[0].id,
      transition: body.data.careTransitions.nodes[0].id,
    };
  });
  afterAll(() => app.close());

  it.each(CASES)("$type: create, update, archive and restore, each versioned and audited", async ({ type, input, change, shown }) => {
    const create = `mutation($input: Create${type}Input!) { create${type}(input: $input) { id slug version state ${shown} } }`;
    const missing = await app.query(create, { input: {} }, { as: Role.EDITOR });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await app.query(create, { input: input(ids) });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const created = await app.query(create, { input: input(ids) }, { as: Role.EDITOR });
    expect(created.body.errors).toBeUndefined();
    const node = created.body.data[`create${type}`];
    expect(node).toMatchObject({ version: 1, state: "PUBLISHED" });
    expect(node.slug).toMatch(/^[a-z0-9-]+$/);
    expect(await visible(type, node.id, shown)).toBe(input(ids)[shown]);

    const updated = await app.query(
      `mutation($id: ID!, $input: Update${type}Input!) { update${type}(id: $id, expectedVersion: 1, input: $input) { version ${shown} } }`,
      { id: node.id, input: change },
      { as: Role.EDITOR },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data[`update${type}`]).toEqual({ version: 2, [shown]: change[shown] });

    const archived = await app.query(
      `mutation($id: ID!) { archive(id: $id, expectedVersion: 2) { state version } }`,
      { id: node.id },
      { as: Role.EDITOR },
    );
    expect(archived.body.data.archive).toEqual({ state: "ARCHIVED", version: 3 });
    expect(await visible(type, node.id, shown)).toBeNull();
    expect(await visible(type, node.id, shown, Role.EDITOR)).toBeNull();
    const editArchived = await app.query(
      `mutation($id: ID!, $input: Update${type}Input!) { update${type}(id: $id, expectedVersion: 3, input: $input) { version } }`,
      { id: node.id, input: change },
      { as: Role.EDITOR },
    );
    expect(editArchived.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const restored = await app.query(
      `mutation($id: ID!) { restore(id: $id, expectedVersion: 3) { state version } }`,
      { id: node.id },
      { as: Role.EDITOR },
    );
    expect(restored.body.data.restore).toEqual({ state: "PUBLISHED", version: 4 });
    expect(await visible(type, node.id, shown)).toBe(change[shown]);

    const trail = await app.query(`query($id: ID!) { auditTrail(id: $id) { action version } }`, { id: node.id }, { as: Role.ADMIN });
    expect(trail.body.data.auditTrail).toEqual([
      { action: "CREATE", version: 1 },
      { action: "UPDATE", version: 2 },
      { action: "ARCHIVE", version: 3 },
      { action: "RESTORE", version: 4 },
    ]);
  });

  it("reports every problem at once: lengths, e-mail, ranges, dates, references, duplicate slugs", async () => {
    const before = await audits();
    const person = await app.query(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: "x".repeat(201), email: "not-an-address", slug: ids.personSlug } },
      { as: Role.EDITOR },
    );
    expect(person.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: "name", code: "TOO_LONG", limit: 200, message: "is 201 characters long; the most is 200" },
      { field: "email", code: "NOT_AN_EMAIL", message: "must be an e-mail address such as `naam@lumc.nl`" },
      { field: "slug", code: "TAKEN", message: "is taken" },
    ]);
    const activity = await app.query(
      `mutation($input: CreateLearningActivityInput!) { createLearningActivity(input: $input) { id } }`,
      {
        input: {
          experimentId: ids.lumc,
          type: "MDO",
          name: "ok",
          countMin: 5,
          countMax: 2,
          durationMinMinutes: -1,
          institutionId: "bm9wZQ",
        },
      },
      { as: Role.EDITOR },
    );
    const fields = activity.body.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(["countMin", "durationMinMinutes", "experimentId", "institutionId"]);
    const programme = await app.query(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input: { name: "P", ownerId: ids.lumc, summary: "s", lessonsLearnedDueDate: "2026-02-30" } },
      { as: Role.EDITOR },
    );
    expect(programme.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: "lessonsLearnedDueDate", code: "NOT_A_DATE", message: "must be a date written YYYY-MM-DD" },
    ]);
    const number = await app.query(
      `mutation($input: CreateExperimentInput!) { createExperiment(input: $input) { id } }`,
      { input: { kind: "EXPERIMENT", title: "Dubbel", status: "PLANNED", number: 1 } },
      { as: Role.EDITOR },
    );
    expect(number.body.errors?.[0]?.extensions?.problems).toEqual([{ field: "number", code: "TAKEN", message: "is taken" }]);
    const nul = await app.query(
      `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      { input: { name: "a\u0000b" } },
      { as: Role.EDITOR },
    );
    expect(nul.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: "name", code: "INVALID_TEXT", message: "may not contain NUL (\\u0000) characters" },
    ]);
    expect(await audits()).toBe(before);
  });

  it("links and unlinks every edge type with its facts, audited at both ends, refusing duplicates", async () => {
    const other = (await app.query(`{ experiment(slug: "duo-project") { id } }`)).body.data.experiment.id;
    const edges = [
      {
        type: "ExperimentInstitution",
        link: { experimentId: ids.cobra, institutionId: ids.lumc, role: "RESEARCH", note: "test" },
        key: ["experimentId", "institutionId", "role"],
        read: "role note institution { id }",
      },
      {
        type: "ExperimentPerson",
        link: { experimentId: ids.cobra, personId: ids.person, role: "RESEARCHER" },
        key: ["experimentId", "personId", "role"],
        read: "role person { id }",
      },
      {
        type: "ExperimentSpecialty",
        link: { experimentId: ids.cobra, specialtyId: ids.specialty, level: "SUPERVISOR" },
        key: ["experimentId", "specialtyId", "level"],
        read: "level specialty { id }",
      },
      {
        type: "ExperimentRelation",
        link: { experimentId: ids.cobra, relatedExperimentId: other, kind: "SEE_ALSO" },
        key: ["experimentId", "relatedExperimentId", "kind"],
        read: "kind",
      },
      {
        type: "ExperimentCareTransition",
        link: { experimentId: ids.cobra, careTransitionId: ids.transition, note: "test" },
        key: ["experimentId", "careTransitionId"],
        read: "note careTransition { id }",
      },
      {
        type: "Affiliation",
        link: { personId: ids.person, institutionId: ids.lumc, position: "testfunctie" },
        key: ["personId", "institutionId", "position"],
        read: "position institution { id }",
      },
    ];
    for (const edge of edges) {
      const link = `mutation($input: Link${edge.type}Input!) { link${edge.type}(input: $input) { ${edge.read} } }`;
      const linked = await app.query(link, { input: edge.link }, { as: Role.EDITOR });
      expect(linked.body.errors).toBeUndefined();
      const again = await app.query(link, { input: edge.link }, { as: Role.EDITOR });
      expect(again.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const key = Object.fromEntries(edge.key.map((field) => [field, (edge.link as Record<string, unknown>)[field]]));
      const unlinked = await app.query(
        `mutation($input: Unlink${edge.type}Input!) { unlink${edge.type}(input: $input) { ${edge.read} } }`,
        { input: key },
        { as: Role.EDITOR },
      );
      expect(unlinked.body.errors).toBeUndefined();
      expect(unlinked.body.data[`unlink${edge.type}`]).toEqual(linked.body.data[`link${edge.type}`]);
      const gone = await app.query(
        `mutation($input: Unlink${edge.type}Input!) { unlink${edge.type}(input: $input) { __typename } }`,
        { input: key },
        { as: Role.EDITOR },
      );
      expect(gone.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const self = await app.query(
      `mutation($input: LinkExperimentRelationInput!) { linkExperimentRelation(input: $input) { kind } }`,
      { input: { experimentId: ids.cobra, relatedExperimentId: ids.cobra, kind: "SEE_ALSO" } },
      { as: Role.EDITOR },
    );
    expect(self.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: "relatedExperimentId", code: "SAME_ENDS", message: "may not be the same as experimentId" },
    ]);
    const trail = (await app.query(`query($id: ID!) { auditTrail(id: $id) { action before after } }`, { id: ids.lumc }, { as: Role.ADMIN }))
      .body.data.auditTrail;
    expect(trail.map((event: { action: string }) => event.action)).toEqual(["LINK", "UNLINK", "LINK", "UNLINK"]);
    expect(trail[1].before).toEqual({
      edge: "ExperimentInstitution",
      experimentId: ids.cobra,
      institutionId: ids.lumc,
      role: "RESEARCH",
      note: "test",
    });
  });
});
