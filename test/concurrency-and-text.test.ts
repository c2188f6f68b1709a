import { Role } from "../src/model/viewer";
import { errorSummary, log } from "../src/platform/log";
import { startTestApp, type TestApp } from "./support/test-app";

const SUBMIT = `mutation($input: SubmitInitiativeInput!) { submitInitiative(input: $input) { id } }`;
const submission = (title: string, submitter: Record<string, string> = { name: "Sanne de Vries", email: "sanne@example.nl" }) => ({
  title,
  summary: "Samen leren bij ontslag.",
  submitter,
});

describe("concurrent writes: exactly one effect each, answers are what was written", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const sql = (text: string, params: unknown[] = []) => app.orm.em.getConnection().execute(text, params);

  it("8 concurrent unlinks of one affiliation: one success, 7 NOT_FOUND, one UNLINK audit event at each end", async () => {
    const { body } = await app.query(`{ person(slug: "jacqueline-bustraan") { id affiliations { position institution { id } } } }`);
    const person = body.data.person;
    const edge = person.affiliations[0];
    const input = { personId: person.id, institutionId: edge.institution.id, position: edge.position };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.query(
          `mutation($input: UnlinkAffiliationInput!) { unlinkAffiliation(input: $input) { position } }`,
          { input },
          { as: Role.EDITOR },
        ),
      ),
    );
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "OK"]);
    const events = await sql(`select node_type, count(*)::int as n from audit_event where action = 'UNLINK' group by 1 order by 1`);
    expect(events).toEqual([
      { node_type: "Institution", n: 1 },
      { node_type: "Person", n: 1 },
    ]);
  });

  it("8 concurrent identical links: one success, 7 field problems, one LINK audit event at each end", async () => {
    const { body } = await app.query(`{ experiment(slug: "cobra") { id } specialty(slug: "cardiologie") { id } }`);
    expect(body.data.specialty).not.toBeNull();
    const input = { experimentId: body.data.experiment.id, specialtyId: body.data.specialty.id, level: "SUPERVISOR" };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.query(
          `mutation($input: LinkExperimentSpecialtyInput!) { linkExperimentSpecialty(input: $input) { level } }`,
          { input },
          { as: Role.EDITOR },
        ),
      ),
    );
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual([...Array(7).fill("BAD_USER_INPUT"), "OK"]);
    expect(answers.find((a) => a.body.errors)!.body.errors![0]!.extensions!.problems).toEqual([
      { field: "level", message: expect.stringMatching(/already linked/) },
    ]);
    const events = await sql(`select node_type, count(*)::int as n from audit_event where action = 'LINK' group by 1 order by 1`);
    expect(events).toEqual([
      { node_type: "Experiment", n: 1 },
      { node_type: "Specialty", n: 1 },
    ]);
  });

  it("8 concurrent submissions with one title are all stored, each under its own slug", async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => app.query(SUBMIT, { input: submission("Samen leren bij de overdracht") })),
    );
    expect(answers.map((answer) => answer.body.errors?.[0]?.message ?? "OK")).toEqual(Array(8).fill("OK"));
    const slugs = await sql(`select slug from experiment where title = 'Samen leren bij de overdracht' order by slug`);
    expect(new Set((slugs as Array<{ slug: string }>).map((row) => row.slug)).size).toBe(8);
  });

  it("two editors racing on one institution: every successful answer shows its own write, never the other's", async () => {
    const { body } = await app.query(`{ institution(slug: "lumc") { id version } }`);
    const id = body.data.institution.id;
    const UPDATE = `mutation($id: ID!, $v: Int!, $city: String!) { updateInstitution(id: $id, expectedVersion: $v, input: { city: $city }) { city version } }`;
    const mismatches: string[] = [];
    let successes = 0;
    let conflicts = 0;
    const writer = async (name: string) => {
      for (let round = 0; round < 100; round++) {
        const current = (
          await app.query(`query($id: ID!) { node(id: $id) { ... on Institution { version } } }`, { id }, { as: Role.EDITOR })
        ).body.data.node.version as number;
        const city = `${name}-${round}`;
        const answer = await app.query(UPDATE, { id, v: current, city }, { as: Role.EDITOR });
        const code = answer.body.errors?.[0]?.extensions?.code;
        if (code === "CONFLICT") conflicts += 1;
        else if (code) throw new Error(`unexpected ${code}`);
        else {
          successes += 1;
          const written = answer.body.data.updateInstitution;
          if (written.city !== city || written.version !== current + 1)
            mismatches.push(`${city}@${current + 1} answered as ${written.city}@${written.version}`);
        }
      }
    };
    await Promise.all([writer("a"), writer("b")]);
    expect(mismatches).toEqual([]);
    expect(successes).toBeGreaterThan(20);
    // every success is one UPDATE audit event, and the final version counts them
    const [{ n }] = await sql(`select count(*)::int as n from audit_event where action = 'UPDATE' and node_type = 'Institution'`);
    expect(n).toBe(successes);
    console.log(`racing editors: ${successes} writes, ${conflicts} conflicts, ${mismatches.length} answers showing another's write`);
  });
});

describe("text is checked before the database, and logs hold no submitted values", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const problemsOf = async (input: unknown) => {
    const { body } = await app.query(SUBMIT, { input });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    return body.errors![0]!.extensions!.problems as Array<{ field: string; message: string }>;
  };

  it("refuses NUL in an e-mail address, lone surrogates, control characters and names of only invisible characters, per field", async () => {
    const logged = jest.spyOn(log, "error");
    try {
      expect(await problemsOf(submission("Geldig", { name: "Sanne", email: "sanne\u0000@example.nl" }))).toEqual([
        { field: "submitter.email", code: "NOT_AN_EMAIL", message: expect.stringMatching(/e-mail/) },
      ]);
      expect(await problemsOf(submission("Half \ud800 teken"))).toEqual([
        { field: "title", code: "INVALID_TEXT", message: expect.stringMatching(/lone UTF-16 surrogate/) },
      ]);
      expect(await problemsOf(submission("Bel\u0007letje"))).toEqual([
        { field: "title", code: "INVALID_TEXT", message: expect.stringMatching(/control characters/) },
      ]);
      expect(await problemsOf(submission("Geldig", { name: "\u200b\u200d\ufeff", email: "sanne@example.nl" }))).toEqual([
        { field: "submitter.name", code: "REQUIRED", message: expect.stringMatching(/invisible/) },
      ]);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("holds anonymous submissions to smaller sizes than editors", async () => {
    const long = { ...submission("Lange samenvatting"), summary: "x".repeat(2001), goals: Array(11).fill("Doel") };
    const anonymous = await problemsOf(long);
    expect(anonymous.map((p) => p.field)).toEqual(["summary", "goals"]);
    expect(anonymous[0]!.message).toMatch(/without a token the most is 2000/);
    const { body } = await app.query(SUBMIT, { input: long }, { as: Role.EDITOR });
    expect(body.errors).toBeUndefined();
  });

  it("stores text trimmed", async () => {
    const { body } = await app.query(SUBMIT, {
      input: submission("   Met spaties   ", { name: "  Sanne  ", email: " sanne@example.nl " }),
    });
    expect(body.errors).toBeUndefined();
    const [row] = await app.orm.em
      .getConnection()
      .execute(
        `select e.title, s.submitter_name, s.submitter_email from experiment e join submission s on s.experiment_pk = e.pk where e.title like '%Met spaties%'`,
      );
    expect(row).toEqual({ title: "Met spaties", submitter_name: "Sanne", submitter_email: "sanne@example.nl" });
  });

  it("an unexpected database error is logged by kind and code, without its message (which quotes the SQL and its values)", () => {
    const error = Object.assign(
      new Error(
        `insert into "submission" ("submitter_email") values ('sanne@example.nl') - duplicate key value violates unique constraint "x"`,
      ),
      { code: "23505", constraint: "x" },
    );
    const summary = JSON.stringify(errorSummary(error));
    expect(summary).not.toContain("sanne@example.nl");
    expect(summary).toContain("23505");
  });
});
