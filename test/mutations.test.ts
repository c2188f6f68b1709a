import { Role } from "../src/model/viewer";
import { seed } from "../src/app/seed/seeder";
import { startTestApp, type TestApp } from "./support/test-app";

const CREATE = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id slug name version region { slug } partOf { slug } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateInstitutionInput!) { updateInstitution(id: $id, expectedVersion: $v, input: $input) { id name city version } }`;

describe("writing institutions: roles, validation, versions, audit", () => {
  let app: TestApp;
  let leiden: string;
  const count = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from institution`))[0].n);
  const audits = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from audit_event`))[0].n);
  beforeAll(async () => {
    app = await startTestApp();
    leiden = (await app.query(`{ region(slug: "oor-leiden") { id } }`)).body.data.region.id;
  });
  afterAll(() => app.close());

  it("needs the EDITOR role: UNAUTHENTICATED without a token, FORBIDDEN for a member, and nothing is written", async () => {
    const input = { slug: "ziekenhuis-test", name: "Testziekenhuis", type: "GENERAL_HOSPITAL" };
    const before = await count();
    const anonymous = await app.query(CREATE, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const member = await app.query(CREATE, { input }, { as: Role.MEMBER });
    expect(member.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await count()).toBe(before);
  });

  it("applies the rules each type declares in the catalogue: ranges, and what a deliverable belongs to", async () => {
    const problemsOf = async (mutation: string, input: Record<string, unknown>) => {
      const { body } = await app.query(mutation, { input }, { as: Role.EDITOR });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return body.errors?.[0]?.extensions?.problems;
    };
    const experiment = `mutation($input: CreateExperimentInput!) { createExperiment(input: $input) { id } }`;
    expect(
      await problemsOf(experiment, {
        kind: "INITIATIVE",
        title: "Te lang en te kort",
        status: "PLANNED",
        durationMinMonths: 9,
        durationMaxMonths: 6,
      }),
    ).toEqual([{ field: "durationMinMonths", code: "OUT_OF_RANGE", message: "may not be more than durationMaxMonths" }]);
    const deliverable = `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`;
    expect(await problemsOf(deliverable, { kind: "GUIDE", title: "Van niemand", status: "PLANNED" })).toEqual([
      { field: "experimentId", code: "REQUIRED", message: "or programmeId is required: it belongs to an experiment or to the programme" },
    ]);
  });

  it("reports every problem of an input at once, per field, and writes nothing", async () => {
    const before = await count();
    const { body } = await app.query(
      CREATE,
      {
        input: {
          slug: "LUMC!",
          name: "x".repeat(201),
          type: "UMC",
          emailDomain: "not a domain",
          regionId: "garbage",
          partOfId: "SW5zdGl0dXRpb246OTk5OTk",
        },
      },
      { as: Role.EDITOR },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      "emailDomain",
      "name",
      "partOfId",
      "regionId",
      "slug",
    ]);
    const taken = await app.query(CREATE, { input: { slug: "lumc", name: "Another LUMC", type: "UMC" } }, { as: Role.EDITOR });
    expect(taken.body.errors?.[0]?.extensions?.problems).toEqual([{ field: "slug", code: "TAKEN", message: "is taken" }]);
    expect(await count()).toBe(before);
  });

  it("creates at version 1 and updates to version 2, recording who, when and the values before and after", async () => {
    const created = await app.query(
      CREATE,
      { input: { slug: "ziekenhuis-test", name: "Testziekenhuis", type: "GENERAL_HOSPITAL", regionId: leiden } },
      { as: Role.EDITOR },
    );
    expect(created.body.errors).toBeUndefined();
    const institution = created.body.data.createInstitution;
    expect(institution).toMatchObject({ slug: "ziekenhuis-test", version: 1, region: { slug: "oor-leiden" }, partOf: null });
    const updated = await app.query(
      UPDATE,
      { id: institution.id, v: 1, input: { name: "Testziekenhuis Leiden", city: "Leiden" } },
      { as: Role.EDITOR },
    );
    expect(updated.body.data.updateInstitution).toEqual({ id: institution.id, name: "Testziekenhuis Leiden", city: "Leiden", version: 2 });

    const forbidden = await app.query(`query($id: ID!) { auditTrail(id: $id) { action } }`, { id: institution.id }, { as: Role.EDITOR });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const trail = await app.query(
      `query($id: ID!) { auditTrail(id: $id) { nodeId action actorRole actorSubject version before after at } }`,
      { id: institution.id },
      { as: Role.ADMIN },
    );
    expect(trail.body.errors).toBeUndefined();
    const [create, update] = trail.body.data.auditTrail;
    expect(create).toMatchObject({
      nodeId: institution.id,
      action: "CREATE",
      actorRole: "EDITOR",
      actorSubject: "test-editor",
      version: 1,
      before: null,
    });
    expect(create.after).toMatchObject({ slug: "ziekenhuis-test", name: "Testziekenhuis", region: leiden, partOf: null });
    expect(update).toMatchObject({
      action: "UPDATE",
      version: 2,
      before: { name: "Testziekenhuis", city: null },
      after: { name: "Testziekenhuis Leiden", city: "Leiden" },
    });
    expect(new Date(update.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses a stale version with CONFLICT and writes nothing", async () => {
    const { id, version } = (await app.query(`{ institution(slug: "ziekenhuis-test") { id version } }`)).body.data.institution;
    const auditsBefore = await audits();
    const stale = await app.query(UPDATE, { id, v: version - 1, input: { name: "Stale" } }, { as: Role.EDITOR });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", expectedVersion: version - 1, currentVersion: version });
    expect((await app.query(`{ institution(slug: "ziekenhuis-test") { name version } }`)).body.data.institution).toEqual({
      name: "Testziekenhuis Leiden",
      version,
    });
    expect(await audits()).toBe(auditsBefore);
  });

  it("an edit that changes nothing keeps the version and writes no audit event; a real change after it still needs that version", async () => {
    const { id, version, name, city } = (await app.query(`{ institution(slug: "ziekenhuis-test") { id version name city } }`)).body.data
      .institution;
    const auditsBefore = await audits();
    const same = await app.query(UPDATE, { id, v: version, input: { name, city } }, { as: Role.EDITOR });
    expect(same.body.errors).toBeUndefined();
    expect(same.body.data.updateInstitution).toEqual({ id, name, city, version });
    expect(await audits()).toBe(auditsBefore);
    const changed = await app.query(UPDATE, { id, v: version, input: { city: "Den Haag" } }, { as: Role.EDITOR });
    expect(changed.body.data.updateInstitution).toEqual({ id, name, city: "Den Haag", version: version + 1 });
    expect(await audits()).toBe(auditsBefore + 1);
    await app.query(UPDATE, { id, v: version + 1, input: { city } }, { as: Role.EDITOR });
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const { id, version } = (await app.query(`{ institution(slug: "ziekenhuis-test") { id version } }`)).body.data.institution;
    const results = await Promise.all(
      ["Edit A", "Edit B"].map((name) => app.query(UPDATE, { id, v: version, input: { name } }, { as: Role.EDITOR })),
    );
    const winners = results.filter((r) => !r.body.errors);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.body.errors?.[0]?.extensions?.code)).toEqual(["CONFLICT"]);
    const final = (await app.query(`{ institution(slug: "ziekenhuis-test") { name version } }`)).body.data.institution;
    expect(final).toEqual({ name: winners[0].body.data.updateInstitution.name, version: version + 1 });
  });

  it("keeps curated changes when the seed data is loaded again", async () => {
    const lumc = (await app.query(`{ institution(slug: "lumc") { id version } }`)).body.data.institution;
    const edited = await app.query(UPDATE, { id: lumc.id, v: lumc.version, input: { city: "Leiden (Albinusdreef)" } }, { as: Role.EDITOR });
    expect(edited.body.errors).toBeUndefined();
    await seed(app.orm);
    expect((await app.query(`{ institution(slug: "lumc") { city version } }`)).body.data.institution).toEqual({
      city: "Leiden (Albinusdreef)",
      version: lumc.version + 1,
    });
  });

  it("updates an experiment the same way: validated, versioned, audited", async () => {
    const UPDATE_EXPERIMENT = `mutation($id: ID!, $v: Int!, $input: UpdateExperimentInput!) { updateExperiment(id: $id, expectedVersion: $v, input: $input) { title domains goals version } }`;
    const cobra = (await app.query(`{ experiment(slug: "cobra") { id version domains } }`)).body.data.experiment;
    const invalid = await app.query(
      UPDATE_EXPERIMENT,
      { id: cobra.id, v: cobra.version, input: { title: "", domains: ["CLINIC", "CLINIC"], goals: ["", "ok"] } },
      { as: Role.EDITOR },
    );
    expect(invalid.body.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field)).toEqual(["title", "domains", "goals[0]"]);
    const updated = await app.query(
      UPDATE_EXPERIMENT,
      { id: cobra.id, v: cobra.version, input: { domains: ["CLINIC", "MENTAL_HEALTH", "TRANSMURAL"] } },
      { as: Role.EDITOR },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateExperiment).toMatchObject({
      domains: ["CLINIC", "MENTAL_HEALTH", "TRANSMURAL"],
      version: cobra.version + 1,
    });
    const trail = (await app.query(`query($id: ID!) { auditTrail(id: $id) { before after } }`, { id: cobra.id }, { as: Role.ADMIN })).body
      .data.auditTrail;
    expect(trail).toEqual([{ before: { domains: cobra.domains }, after: { domains: ["CLINIC", "MENTAL_HEALTH", "TRANSMURAL"] } }]);
    const stale = await app.query(UPDATE_EXPERIMENT, { id: cobra.id, v: cobra.version, input: { title: "Stale" } }, { as: Role.EDITOR });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
