import { readFileSync } from "node:fs";
import path from "node:path";
import oxigraph from "oxigraph";
import { Role } from "../src/model/viewer";
import { startTestApp, tokenFor, type TestApp } from "./support/test-app";

/** The README's SPARQL blocks, in order: the partners of LUMC, a specialty's experiments with their institutions, people at institutions. */
const README = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
const QUERIES = [...README.matchAll(/```sparql\n([\s\S]*?)```/g)].map((match) => match[1]!);
/** The base the README's IRIs are written for (`npm start`'s address); the test's server mints the same IRIs. */
const BASE = "http://localhost:4000";
const ORG = "http://www.w3.org/ns/org#";

type Binding = Map<string, { value: string }>;
const select = (store: oxigraph.Store, query: string) => [...(store.query(query) as Iterable<Binding>)];

describe("the dumps in a real SPARQL engine (Oxigraph): the README's queries answer as GraphQL does", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ publicBaseUrl: BASE });
  });
  afterAll(() => app.close());

  const dump = async (name: string, as: Role | undefined) => {
    const headers: Record<string, string> = as ? { authorization: `Bearer ${await tokenFor(as)}` } : {};
    const response = await fetch(`${new URL(app.url).origin}/export/${name}`, { headers });
    expect(response.status).toBe(200);
    return response.text();
  };

  /** GraphQL's answers to the same three questions and its count of memberships, for one caller. */
  const graphql = async (as: Role | undefined) => {
    const options = as ? { as } : {};
    const { body } = await app.query(
      `{
        institution(slug: "lumc") { partners(first: 100) { weight institution { iri name } } }
        specialty(slug: "huisartsgeneeskunde") {
          experiments(first: 1000) { experiment { iri title institutions(first: 1000) { institution { iri } } } }
        }
        people(first: 100) { totalCount nodes { iri name affiliations(first: 1000) { position institution { iri } } } }
        experiments(first: 100) {
          totalCount
          nodes { institutionsConnection(first: 0) { totalCount } peopleConnection(first: 0) { totalCount } }
        }
      }`,
      undefined,
      options,
    );
    expect(body.errors).toBeUndefined();
    const data = body.data;
    expect(data.people.totalCount).toBeLessThanOrEqual(100);
    expect(data.experiments.totalCount).toBeLessThanOrEqual(100);
    const affiliations = data.people.nodes.flatMap((person: any) =>
      person.affiliations.map((affiliation: any) =>
        [person.iri, person.name, affiliation.institution.iri, affiliation.position].join(" | "),
      ),
    );
    return {
      partners: data.institution.partners.map(
        (partner: any) => `${partner.institution.iri} | ${partner.institution.name} | ${partner.weight}`,
      ),
      specialty: data.specialty.experiments.flatMap(({ experiment }: any) =>
        experiment.institutions.length === 0
          ? [`${experiment.iri} | ${experiment.title} | -`]
          : experiment.institutions.map((part: any) => `${experiment.iri} | ${experiment.title} | ${part.institution.iri}`),
      ),
      affiliations,
      memberships:
        affiliations.length +
        data.experiments.nodes.reduce(
          (sum: number, experiment: any) => sum + experiment.institutionsConnection.totalCount + experiment.peopleConnection.totalCount,
          0,
        ),
    };
  };

  it("the README has the three queries", () => {
    expect(QUERIES).toHaveLength(3);
  });

  for (const [label, as] of [
    ["an anonymous reader", undefined],
    ["a member", Role.MEMBER],
    ["an editor", Role.EDITOR],
  ] as const) {
    for (const [file, format] of [
      ["graph.nq", "application/n-quads"],
      ["graph.ttl", "text/turtle"],
    ] as const) {
      it(`${file} as ${label}: every membership whole and once, and the README's answers equal GraphQL's`, async () => {
        const text = await dump(file, as);
        const store = new oxigraph.Store();
        store.load(text, { format, base_iri: BASE });
        const expected = await graphql(as);

        // memberships: each once in the file, each with exactly one member and one organization
        const memberships = select(store, `SELECT DISTINCT ?m WHERE { ?m a <${ORG}Membership> }`).map((row) => row.get("m")!.value);
        const whole = select(
          store,
          `SELECT DISTINCT ?m WHERE { ?m a <${ORG}Membership> ; <${ORG}member> ?member ; <${ORG}organization> ?organization }`,
        );
        const doubled = select(store, `SELECT ?m WHERE { ?m <${ORG}member> ?a, ?b . FILTER (?a != ?b) } LIMIT 1`).concat(
          select(store, `SELECT ?m WHERE { ?m <${ORG}organization> ?a, ?b . FILTER (?a != ?b) } LIMIT 1`),
        );
        expect({ memberships: memberships.length, withBothEnds: whole.length, doubled: doubled.length }).toEqual({
          memberships: expected.memberships,
          withBothEnds: expected.memberships,
          doubled: 0,
        });
        expect(memberships.every((iri) => iri.startsWith(`${BASE}/id/`))).toBe(true);
        if (format === "application/n-quads") {
          // written once: as many type statements in the file as memberships in the store
          const typeLines = text
            .split("\n")
            .filter((line) => line.includes(`> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${ORG}Membership>`));
          expect(typeLines.length).toBe(memberships.length);
        }

        const [partnersQuery, specialtyQuery, affiliationsQuery] = QUERIES as [string, string, string];
        const partners = select(store, partnersQuery).map(
          (row) => `${row.get("partner")!.value} | ${row.get("name")!.value} | ${row.get("shared")!.value}`,
        );
        expect(partners.length).toBeGreaterThan(0);
        expect(partners.sort()).toEqual([...expected.partners].sort());

        const specialty = select(store, specialtyQuery).map(
          (row) => `${row.get("experiment")!.value} | ${row.get("title")!.value} | ${row.get("institution")?.value ?? "-"}`,
        );
        expect(specialty.length).toBeGreaterThan(0);
        expect(specialty.sort()).toEqual([...new Set(expected.specialty)].sort());

        const affiliations = select(store, affiliationsQuery).map((row) =>
          [row.get("person")!.value, row.get("name")!.value, row.get("institution")!.value, row.get("position")!.value].join(" | "),
        );
        expect(affiliations.length).toBeGreaterThan(0);
        expect(affiliations.sort()).toEqual([...expected.affiliations].sort());
        console.log(
          `${file} as ${label}: ${text.length} bytes, ${store.size} triples, ${memberships.length} memberships (all with both ends), partners of LUMC ${partners.length}, huisartsgeneeskunde rows ${specialty.length}, affiliations ${affiliations.length}`,
        );
      }, 60_000);
    }
  }
});
