import { Role } from "../src/model/viewer";
import { CODE_SYSTEMS } from "../src/model/codes/code-systems";
import { startTestApp, type TestApp } from "./support/test-app";

const COD016 = `urn:oid:${CODE_SYSTEMS.VEKTIS_COD016.oid}`;
const UZI = `urn:oid:${CODE_SYSTEMS.UZI_ROLE.oid}`;

describe("public codes", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("specialties carry their code system's OID, the unconfirmed COD016 codes say so, practitioners their UZI role code", async () => {
    const { body } = await app.query(
      `{ specialties(first: 100) { nodes { slug code codeSystem codeVerified coding { code system systemName display verified } practitionerRole { code system verified } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const bySlug = new Map(body.data.specialties.nodes.map((node: any) => [node.slug, node]));
    expect(bySlug.get("klinische-geriatrie")).toEqual({
      slug: "klinische-geriatrie",
      code: "0335",
      codeSystem: "VEKTIS_COD016",
      codeVerified: true,
      coding: {
        code: "0335",
        system: COD016,
        systemName: "Vektis COD016 specialismecodes",
        display: "Klinische geriatrie",
        verified: true,
      },
      practitionerRole: { code: "01.022", system: UZI, verified: true },
    });
    const unverified = body.data.specialties.nodes
      .filter((node: any) => !node.coding.verified)
      .map((node: any) => node.code)
      .sort();
    expect(unverified).toEqual(["0307", "0322", "0329"]);
    expect(bySlug.get("ziekenhuisgeneeskunde")).toMatchObject({
      coding: { code: "IPO-ZHA", system: "urn:ipo-graph:code-system:local" },
      practitionerRole: null,
    });
    const roles = Object.fromEntries(
      body.data.specialties.nodes.filter((node: any) => node.practitionerRole).map((node: any) => [node.slug, node.practitionerRole.code]),
    );
    expect(roles).toEqual({
      huisartsgeneeskunde: "01.015",
      "interne-geneeskunde": "01.016",
      cardiologie: "01.010",
      "klinische-geriatrie": "01.022",
      longziekten: "01.023",
      psychiatrie: "01.035",
      ouderengeneeskunde: "01.047",
      verpleegkunde: "30.000",
      "obstetrie-en-gynaecologie": "01.046",
    });
  });

  it("a person's profession leads to its UZI role code", async () => {
    const { body } = await app.query(`{ person(slug: "klaas-nauta") { profession { practitionerRole { code display } } } }`);
    expect(body.data.person.profession.practitionerRole).toEqual({ code: "01.035", display: "psychiater" });
  });

  it("institutions have no identifiers until someone enters them, and an organisation-type code marked unverified", async () => {
    const { body } = await app.query(
      `{ lumc: institution(slug: "lumc") { ura agb identifiers { value } organisationType { code system verified } } fms: institution(slug: "federatie-medisch-specialisten") { organisationType { code } } }`,
    );
    expect(body.data.lumc).toEqual({
      ura: null,
      agb: null,
      identifiers: [],
      organisationType: { code: "V5", system: `urn:oid:${CODE_SYSTEMS.ROLE_CODE_NL.oid}`, verified: false },
    });
    expect(body.data.fms.organisationType).toBeNull();
  });

  it("an editor enters a URA: it shows among the identifiers; anything but 8 digits is refused", async () => {
    const read = await app.query(`{ institution(slug: "hmc") { id version } }`);
    const { id, version } = read.body.data.institution;
    const bad = await app.query(
      `mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, input: { ura: "1234" }) { version } }`,
      { id, v: version },
      { as: Role.EDITOR },
    );
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(bad.body.errors?.[0].extensions)).toMatch(/8 digits/);
    const good = await app.query(
      `mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, input: { ura: "12345678" }) { identifiers { system systemName value } } }`,
      { id, v: version },
      { as: Role.EDITOR },
    );
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data.updateInstitution.identifiers).toEqual([
      { system: `urn:oid:${CODE_SYSTEMS.URA.oid}`, systemName: CODE_SYSTEMS.URA.name, value: "12345678" },
    ]);
  });

  it("codings and identifiers of 100 nodes cost no statement of their own: one per list", async () => {
    for (const query of [
      `{ specialties(first: 100) { nodes { coding { code } practitionerRole { code } } } }`,
      `{ institutions(first: 100) { nodes { organisationType { code } identifiers { value } } } }`,
    ]) {
      const { result, statements } = await app.countStatements(() => app.query(query));
      expect(result.body.errors).toBeUndefined();
      expect(statements).toBe(1);
    }
  });
});
