import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";
import { addSyntheticNetwork } from "./support/synthetic";

async function ids(app: TestApp, lookups: Record<string, string>): Promise<Record<string, string>> {
  const query = `{ ${Object.entries(lookups)
    .map(([alias, lookup]) => `${alias}: ${lookup} { id }`)
    .join(" ")} }`;
  const { body } = await app.query(query);
  return Object.fromEntries(Object.entries(body.data).map(([alias, node]: [string, any]) => [alias, node.id]));
}

const slugOf = (node: any) => node.slug;

describe("graph questions on the seed data, with exact answers", () => {
  let app: TestApp;
  let id: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    id = await ids(app, {
      lumc: `institution(slug: "lumc")`,
      radboudumc: `institution(slug: "radboudumc")`,
      leiden: `region(slug: "oor-leiden")`,
      cobra: `experiment(slug: "cobra")`,
      margot: `person(slug: "margot-heijmans")`,
      karen: `person(slug: "karen-keijsers")`,
    });
  });
  afterAll(() => app.close());

  it("collaborationNetwork: the institutions that share an experiment with LUMC, and through which", async () => {
    const { body } = await app.query(
      `{ collaborationNetwork { totalEdgeCount edges { weight source { slug } target { slug } experiments { slug } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const withLumc = body.data.collaborationNetwork.edges
      .filter((edge: any) => edge.source.slug === "lumc" || edge.target.slug === "lumc")
      .map(
        (edge: any) =>
          `${edge.source.slug === "lumc" ? edge.target.slug : edge.source.slug}:${edge.weight}:${edge.experiments.map(slugOf).sort().join("+")}`,
      )
      .sort();
    expect(withLumc).toEqual([
      "florence:1:netwerkstage-ouderengeneeskunde",
      "hagaacademie:1:duo-project",
      "hagaziekenhuis-seh:1:netwerkstage-ouderengeneeskunde",
      "hagaziekenhuis:2:duo-project+netwerkstage-ouderengeneeskunde",
      "hmc-interdisciplinair-centrum-ouderengeneeskunde:1:netwerkstage-ouderengeneeskunde",
      "hmc:1:netwerkstage-ouderengeneeskunde",
      "huisartsenopleiding-lumc:1:duo-project",
    ]);
    // the heaviest edge comes first
    expect(body.data.collaborationNetwork.edges[0]).toMatchObject({
      weight: 2,
      source: { slug: "lumc" },
      target: { slug: "hagaziekenhuis" },
    });
  });

  it("collaborationNetwork: filtered to OOR Leiden and to initiatives", async () => {
    const { body } = await app.query(
      `query($leiden: ID!) { collaborationNetwork(filter: { regionId: $leiden, kind: INITIATIVE }) { totalEdgeCount nodes { slug } } }`,
      { leiden: id.leiden },
    );
    expect(body.errors).toBeUndefined();
    // the DUO-project: HagaAcademie, Huisartsenopleiding LUMC, HagaZiekenhuis and LUMC, all pairs
    expect(body.data.collaborationNetwork.totalEdgeCount).toBe(6);
    expect(body.data.collaborationNetwork.nodes.map(slugOf).sort()).toEqual([
      "hagaacademie",
      "hagaziekenhuis",
      "huisartsenopleiding-lumc",
      "lumc",
    ]);
  });

  it("Institution.partners: the collaboration network seen from one institution, heaviest first, with the shared experiments", async () => {
    const { body } = await app.query(
      `query($id: ID!) { institution(id: $id) { partners { weight institution { slug } experiments { slug } } } }`,
      { id: id.lumc },
    );
    expect(body.errors).toBeUndefined();
    expect(
      body.data.institution.partners.map(
        (partner: any) => `${partner.institution.slug}:${partner.weight}:${partner.experiments.map(slugOf).sort().join("+")}`,
      ),
    ).toEqual([
      "hagaziekenhuis:2:duo-project+netwerkstage-ouderengeneeskunde",
      // equal weights: in the order the seed created them (internal keys), as the network's edges
      "huisartsenopleiding-lumc:1:duo-project",
      "hmc:1:netwerkstage-ouderengeneeskunde",
      "hmc-interdisciplinair-centrum-ouderengeneeskunde:1:netwerkstage-ouderengeneeskunde",
      "hagaziekenhuis-seh:1:netwerkstage-ouderengeneeskunde",
      "hagaacademie:1:duo-project",
      "florence:1:netwerkstage-ouderengeneeskunde",
    ]);
  });

  it("Institution.partners: every institution's partners are exactly its edges of collaborationNetwork, under a filter too", async () => {
    for (const filter of [null, { kind: "EXPERIMENT" }, { regionId: id.leiden }]) {
      const { body } = await app.query(
        `query($filter: NetworkFilter) { collaborationNetwork(filter: $filter, maxEdges: 5000) { edges { weight source { slug } target { slug } } } institutions(first: 100) { nodes { slug partners(first: 100, filter: $filter) { weight institution { slug } } } } }`,
        { filter },
      );
      expect(body.errors).toBeUndefined();
      const fromEdges = body.data.collaborationNetwork.edges
        .flatMap((edge: any) => [
          `${edge.source.slug}>${edge.target.slug}:${edge.weight}`,
          `${edge.target.slug}>${edge.source.slug}:${edge.weight}`,
        ])
        .sort();
      const fromPartners = body.data.institutions.nodes
        .flatMap((institution: any) =>
          institution.partners.map((partner: any) => `${institution.slug}>${partner.institution.slug}:${partner.weight}`),
        )
        .sort();
      expect(fromPartners).toEqual(fromEdges);
      expect(fromPartners.length).toBeGreaterThan(0);
    }
  });

  it("Institution.partners: one statement for the partners of every institution in the answer; bad `first` is refused", async () => {
    const { result, statements } = await app.countStatements(() =>
      app.query(`{ institutions(first: 100) { nodes { partners(first: 3) { weight institution { name } } } } }`),
    );
    expect(result.body.errors).toBeUndefined();
    // the list, the partners of all of them, the partner institutions by id
    expect(statements).toBe(3);
    for (const first of [-1, 101]) {
      const { body } = await app.query(`query($id: ID!, $first: Int!) { institution(id: $id) { partners(first: $first) { weight } } }`, {
        id: id.lumc,
        first,
      });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "first" } });
    }
    const { body } = await app.query(`query($id: ID!) { institution(id: $id) { partners(first: 0) { weight } } }`, { id: id.lumc });
    expect(body.data.institution.partners).toEqual([]);
  });

  it("shortestPath: Margot Heijmans to Karen Keijsers through experiments and specialties", async () => {
    const { body } = await app.query(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, via: [EXPERIMENT, SPECIALTY]) { length nodes { id ... on Person { slug } ... on Experiment { slug } ... on Specialty { slug } } edges { kind sourceId targetId } } }`,
      { from: id.margot, to: id.karen },
    );
    expect(body.errors).toBeUndefined();
    const path = body.data.shortestPath;
    expect(path.length).toBe(4);
    expect(path.nodes.map(slugOf)).toEqual(["margot-heijmans", "duo-project", "medisch-specialisme", "isa", "karen-keijsers"]);
    path.edges.forEach((edge: any, i: number) =>
      expect([edge.sourceId, edge.targetId].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort()),
    );
  });

  it("shortestPath: LUMC to Radboudumc takes four hops through a shared specialty, and none through institutions and experiments alone", async () => {
    const any = await app.query(`query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { __typename } } }`, {
      from: id.lumc,
      to: id.radboudumc,
    });
    expect(any.body.data.shortestPath.length).toBe(4);
    expect(any.body.data.shortestPath.nodes.map((n: any) => n.__typename)).toEqual([
      "Institution",
      "Experiment",
      "Specialty",
      "Experiment",
      "Institution",
    ]);
    const none = await app.query(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 6, via: [EXPERIMENT, INSTITUTION]) { length } }`,
      { from: id.lumc, to: id.radboudumc },
    );
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data.shortestPath).toBeNull();
    const tooShort = await app.query(`query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 3) { length } }`, {
      from: id.lumc,
      to: id.radboudumc,
    });
    expect(tooShort.body.data.shortestPath).toBeNull();
  });

  it("neighbourhood: everything one hop from COBRA", async () => {
    const { body } = await app.query(
      `query($id: ID!) { neighbourhood(id: $id, depth: 1) { truncated nodes { depth node { __typename ... on Institution { slug } ... on Person { slug } ... on Specialty { slug } ... on Programme { slug } ... on Experiment { slug } } } edges { kind } } }`,
      { id: id.cobra },
    );
    expect(body.errors).toBeUndefined();
    const hood = body.data.neighbourhood;
    expect(hood.truncated).toBe(false);
    expect(hood.nodes[0]).toEqual({ depth: 0, node: { __typename: "Experiment", slug: "cobra" } });
    expect(
      hood.nodes
        .slice(1)
        .map((n: any) => `${n.depth}:${n.node.__typename}:${n.node.slug}`)
        .sort(),
    ).toEqual([
      "1:Institution:amsterdam-umc",
      "1:Institution:amsterdam-umc-amc",
      "1:Institution:amsterdam-umc-vumc",
      "1:Person:klaas-nauta",
      "1:Programme:opleiden-2025",
      "1:Specialty:huisartsgeneeskunde",
      "1:Specialty:psychiatrie",
    ]);
    // 7 edges from COBRA, plus the two PART_OF edges among its institutions and Klaas Nauta's affiliation and profession
    expect(hood.edges.map((e: any) => e.kind).sort()).toEqual([
      "AFFILIATED_WITH",
      "INVOLVED_IN",
      "IN_PROGRAMME",
      "PARTICIPATES_IN",
      "PARTICIPATES_IN",
      "PARTICIPATES_IN",
      "PART_OF",
      "PART_OF",
      "PRACTISES",
      "TAKES_PART_IN",
      "TAKES_PART_IN",
    ]);
  });

  it("walks answer `id` and `__typename` from the walk itself: no statement for the nodes' rows, the same nodes as when fields are asked", async () => {
    const walks = (fields: string) => ({
      neighbourhood: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { node { ${fields} } } edges { source { ${fields} } target { ${fields} } } } }`,
      shortestPath: `query($id: ID!, $to: ID!) { shortestPath(from: $id, to: $to) { nodes { ${fields} } edges { source { ${fields} } } } }`,
    });
    const identity = walks("id __typename ... on Institution { id } ...identity");
    const withFields = walks("id __typename ... on Institution { name } ... on Person { name }");
    const variables = { id: id.lumc, to: id.radboudumc };
    const idsOf = (data: any) =>
      JSON.stringify(data, (key, value) => (key === "name" ? undefined : value))
        .match(/"id":"[^"]+","__typename":"\w+"/g)
        ?.sort();
    for (const name of ["neighbourhood", "shortestPath"] as const) {
      const fragment = "fragment identity on Node { __typename }";
      const lean = await app.countStatements(() => app.query(`${identity[name]} ${fragment}`, variables));
      const full = await app.countStatements(() => app.query(withFields[name], variables));
      expect(lean.result.body.errors).toBeUndefined();
      expect(full.result.body.errors).toBeUndefined();
      expect(idsOf(lean.result.body.data)!.length).toBeGreaterThanOrEqual(name === "neighbourhood" ? 100 : 9);
      expect(idsOf(lean.result.body.data)).toEqual(idsOf(full.result.body.data));
      // the ends checked (one statement for both) and one per hop; the fields' rows cost one more, for every type at once
      const hops = name === "neighbourhood" ? 3 : 4;
      expect(lean.statements).toBe(1 + hops);
      expect(full.statements).toBe(1 + hops + 1);
    }
  });

  it("neighbourhood: cut off at maxNodes and limited to the types asked", async () => {
    const { body } = await app.query(
      `query($id: ID!) { neighbourhood(id: $id, depth: 3, maxNodes: 5, types: [INSTITUTION, EXPERIMENT]) { truncated nodes { node { __typename } } } }`,
      { id: id.lumc },
    );
    expect(body.data.neighbourhood.truncated).toBe(true);
    expect(body.data.neighbourhood.nodes).toHaveLength(5);
    expect(new Set(body.data.neighbourhood.nodes.map((n: any) => n.node.__typename))).toEqual(new Set(["Institution", "Experiment"]));
  });

  it("transitionMatrix: GP referrals meet general practice in experiment 2, experiment 4 and the DUO-project", async () => {
    const { body } = await app.query(
      `{ transitionMatrix { careTransitions { slug } specialties { slug } cells { experimentCount careTransition { slug } specialty { slug } experiments { slug } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const cell = body.data.transitionMatrix.cells.find(
      (c: any) => c.careTransition.slug === "referral-primary-care-hospital" && c.specialty.slug === "huisartsgeneeskunde",
    );
    expect(cell.experimentCount).toBe(3);
    expect(cell.experiments.map(slugOf).sort()).toEqual([
      "duo-project",
      "netwerkstage-ouderengeneeskunde",
      "transmurale-digitale-consultatie",
    ]);
    expect(body.data.transitionMatrix.careTransitions).toHaveLength(7);
    const residents = await app.query(
      `{ transitionMatrix(level: SUPERVISOR, filter: { kind: EXPERIMENT }) { cells { experimentCount careTransition { slug } specialty { slug } } } }`,
    );
    expect(
      residents.body.data.transitionMatrix.cells
        .map((c: any) => `${c.careTransition.slug}/${c.specialty.slug}/${c.experimentCount}`)
        .sort(),
    ).toEqual(["discharge-hospital-home/obstetrie-en-gynaecologie/1", "referral-home-hospital/obstetrie-en-gynaecologie/1"]);
  });

  it("networkStats: counts, coverage gaps and the people who bridge the most institutions", async () => {
    const { body } = await app.query(`{
      networkStats {
        experimentCount
        byKind { kind count }
        byDomain { domain count }
        byRegion { count region { slug } }
        regionsWithoutExperiments { slug }
        domainsWithoutExperiments
        bridgingPeople(first: 5) { institutionCount person { slug } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const stats = body.data.networkStats;
    expect(stats.experimentCount).toBe(10);
    expect(stats.byKind).toEqual([
      { kind: "EXPERIMENT", count: 7 },
      { kind: "INITIATIVE", count: 3 },
    ]);
    expect(stats.byDomain).toEqual([
      { domain: "CLINIC", count: 3 },
      { domain: "TRANSMURAL", count: 6 },
      { domain: "PUBLIC_HEALTH", count: 1 },
      { domain: "MENTAL_HEALTH", count: 1 },
    ]);
    expect(stats.byRegion).toEqual([
      { count: 3, region: { slug: "oor-oost-nederland" } },
      { count: 2, region: { slug: "oor-leiden" } },
      { count: 2, region: { slug: "oor-utrecht" } },
    ]);
    expect(stats.regionsWithoutExperiments.map(slugOf)).toEqual(["oor-noord-nederland"]);
    expect(stats.domainsWithoutExperiments).toEqual([]);
    // Annemarie Moll: LUMC and the six institutions of experiment 2 (LUMC among them); Nynke Scherpbier: two at UMCG, three in experiment 5
    expect(stats.bridgingPeople.slice(0, 2)).toEqual([
      { institutionCount: 6, person: { slug: "annemarie-moll" } },
      { institutionCount: 5, person: { slug: "nynke-scherpbier" } },
    ]);
    expect(
      stats.bridgingPeople
        .slice(2)
        .map((b: any) => `${b.person.slug}:${b.institutionCount}`)
        .sort(),
    ).toEqual(["bart-hellebrekers:4", "jacqueline-bustraan:4", "margot-heijmans:4"]);
  });

  it("networkStats under a filter: gaps only within it (a domain or region the filter leaves out is no gap)", async () => {
    const stats = async (filter: Record<string, unknown>) => {
      const { body } = await app.query(
        `query($filter: NetworkFilter) { networkStats(filter: $filter) { regionsWithoutExperiments { slug } domainsWithoutExperiments coverageGaps { domain region { slug } } } }`,
        { filter },
      );
      expect(body.errors).toBeUndefined();
      return body.data.networkStats;
    };
    const all = await stats({});
    // under the domain filter TRANSMURAL, CLINIC and MENTAL_HEALTH are outside the question: no domain gap, and gaps only in TRANSMURAL
    const transmural = await stats({ domain: "TRANSMURAL" });
    expect(transmural.domainsWithoutExperiments).toEqual([]);
    expect(transmural.coverageGaps.length).toBeGreaterThan(0);
    expect(new Set(transmural.coverageGaps.map((gap: any) => gap.domain))).toEqual(new Set(["TRANSMURAL"]));
    expect(transmural.coverageGaps).toEqual(all.coverageGaps.filter((gap: any) => gap.domain === "TRANSMURAL"));
    const leiden = (await app.query(`{ region(slug: "oor-leiden") { id } }`)).body.data.region.id;
    const inLeiden = await stats({ regionId: leiden });
    expect(inLeiden.regionsWithoutExperiments).toEqual([]);
    expect(new Set(inLeiden.coverageGaps.map((gap: any) => gap.region.slug))).toEqual(new Set(["oor-leiden"]));
    const noord = (await app.query(`{ region(slug: "oor-noord-nederland") { id } }`)).body.data.region.id;
    expect((await stats({ regionId: noord })).regionsWithoutExperiments.map(slugOf)).toEqual(["oor-noord-nederland"]);
  });

  it("search: a misspelled name finds the right person", async () => {
    const { body } = await app.query(
      `{ search(query: "Hellebrekkers") { totalCount nodes { matchedBy node { ... on Person { name email } } } } }`,
      undefined,
      { as: Role.MEMBER },
    );
    expect(body.data.search.totalCount).toBe(1);
    expect(body.data.search.nodes[0]).toEqual({
      matchedBy: "FUZZY",
      node: { name: "Bart Hellebrekers", email: "b.hellebrekers@hagaziekenhuis.nl" },
    });
  });

  it("search: as the user types, ranked, accents ignored, with a highlighted snippet", async () => {
    const typing = await app.query(
      `{ search(query: "palliat", first: 1) { totalCount nodes { matchedBy snippet node { ... on Experiment { number } } } } }`,
    );
    expect(typing.body.data.search.totalCount).toBe(3);
    expect(typing.body.data.search.nodes[0].node).toEqual({ number: 6 });
    expect(typing.body.data.search.nodes[0].snippet).toContain("<mark>palliatieve</mark>");
    const unaccented = await app.query(
      `{ search(query: "patientenzorg", types: [EXPERIMENT]) { nodes { snippet node { ... on Experiment { slug } } } } }`,
    );
    expect(unaccented.body.data.search.nodes[0].node.slug).toBe("gezamenlijke-patientenzorg");
    expect(unaccented.body.data.search.nodes[0].snippet).toContain("<mark>patiëntenzorg</mark>");
    const twoWords = await app.query(`{ search(query: "Karen Keij") { nodes { node { __typename ... on Person { slug } } } } }`);
    expect(twoWords.body.data.search.nodes[0].node).toEqual({ __typename: "Person", slug: "karen-keijsers" });
  });

  it("search: empty or punctuation-only text finds nothing; too long text or no types is bad input", async () => {
    for (const query of ["", "   ", "!!! ???"]) {
      const { body } = await app.query(`query($q: String!) { search(query: $q) { totalCount nodes { snippet } } }`, { q: query });
      expect(body.data.search).toEqual({ totalCount: 0, nodes: [] });
    }
    for (const q of ["x".repeat(201), "ziekenhuis ".repeat(1000)]) {
      const { body } = await app.query(`query($q: String!) { search(query: $q) { totalCount } }`, { q });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const noTypes = await app.query(`{ search(query: "zorg", types: []) { totalCount } }`);
    expect(noTypes.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const hostile = await app.query(`query($q: String!) { search(query: $q) { totalCount } }`, { q: "'); drop table person; -- :* & | !" });
    expect(hostile.body.errors).toBeUndefined();
    expect((await app.query(`{ people { totalCount } }`)).body.data.people.totalCount).toBe(15);
  });

  it("bad input: depth above the bound, unknown or wrong-typed ids", async () => {
    const cases: Array<[string, Record<string, unknown>, string | null]> = [
      [`query($id: ID!) { neighbourhood(id: $id, depth: 4) { truncated } }`, { id: id.lumc }, "BAD_USER_INPUT"],
      [`query($id: ID!) { neighbourhood(id: $id, depth: 0) { truncated } }`, { id: id.lumc }, "BAD_USER_INPUT"],
      [`query($id: ID!) { neighbourhood(id: $id, maxNodes: 100000) { truncated } }`, { id: id.lumc }, "BAD_USER_INPUT"],
      [`query($id: ID!) { shortestPath(from: $id, to: $id, maxDepth: 7) { length } }`, { id: id.lumc }, "BAD_USER_INPUT"],
      [`query($id: ID!) { neighbourhood(id: $id, types: []) { truncated } }`, { id: id.lumc }, "BAD_USER_INPUT"],
      [`{ neighbourhood(id: "garbage") { truncated } }`, {}, "BAD_USER_INPUT"],
      [`{ collaborationNetwork(maxEdges: 0) { totalEdgeCount } }`, {}, "BAD_USER_INPUT"],
      [`{ networkStats(filter: { startYearFrom: 2020, startYearTo: 2010 }) { experimentCount } }`, {}, "BAD_USER_INPUT"],
    ];
    for (const [query, variables, code] of cases) {
      const { status, body } = await app.query(query, variables);
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
    }
    const quoteId = (await app.query(`{ quotes(first: 1) { nodes { id } } }`)).body.data.quotes.nodes[0].id;
    const notWalkable = await app.query(`query($id: ID!) { neighbourhood(id: $id) { truncated } }`, { id: quoteId });
    expect(notWalkable.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await app.query(
      `query($id: ID!) { neighbourhood(id: $id) { truncated } shortestPath(from: $id, to: $id) { length } }`,
      { id: "SW5zdGl0dXRpb246OTk5OTk" },
    );
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data).toEqual({ neighbourhood: null, shortestPath: null });
  });
});

describe("graph questions keep their statement counts on a synthetic network", () => {
  let app: TestApp;
  beforeAll(async () => {
    // rows are added behind the server's back and the same questions asked again: count the computation, not the cache
    app = await startTestApp({ responseCache: false });
  });
  afterAll(() => app.close());

  it("costs the same number of statements with a synthetic network of 1,000 people and 5,000 edges added", async () => {
    const id = await ids(app, {
      lumc: `institution(slug: "lumc")`,
      radboudumc: `institution(slug: "radboudumc")`,
      leiden: `region(slug: "oor-leiden")`,
    });
    const operations: Array<[string, string]> = [
      ["collaborationNetwork", `{ collaborationNetwork { edges { weight source { name } target { name } experiments { title } } } }`],
      [
        "neighbourhood",
        `{ neighbourhood(id: "${id.lumc}", depth: 2) { nodes { depth node { id ... on Institution { name } ... on Experiment { title } ... on Person { name } } } edges { kind } } }`,
      ],
      ["shortestPath", `{ shortestPath(from: "${id.lumc}", to: "${id.radboudumc}", maxDepth: 6) { length nodes { id } } }`],
      [
        "transitionMatrix",
        `{ transitionMatrix { careTransitions { name } specialties { name } cells { experimentCount experiments { title } } } }`,
      ],
      [
        "networkStats",
        `{ networkStats { experimentCount byKind { count } byDomain { count } byRegion { count region { name } } bySpecialty { count specialty { name } } byInstitutionType { count } regionsWithoutExperiments { name } domainsWithoutExperiments coverageGaps { domain region { name } } bridgingPeople { institutionCount person { name } } } }`,
      ],
      [
        "search",
        `{ search(query: "zorg", first: 20) { totalCount nodes { snippet node { ... on Experiment { title } ... on Person { name } ... on Institution { name } ... on Quote { text } ... on Specialty { name } } } } }`,
      ],
    ];
    const measure = async () => {
      const counts: Record<string, number> = {};
      for (const [name, query] of operations) {
        const { result, statements } = await app.countStatements(() => app.query(query));
        expect(result.body.errors).toBeUndefined();
        counts[name] = statements;
      }
      return counts;
    };
    const onSeed = await measure();
    const counts = await addSyntheticNetwork(app.databaseUrl, 1);
    expect(counts.people).toBe(1000);
    expect(counts.edges).toBeGreaterThan(4500);
    const onSynthetic = await measure();
    // exact where the shape of the answer does not depend on the data: one statement per question, plus one for the
    // nodes it names (the by-id loaders of every type it reaches are sent together)
    const exact = { collaborationNetwork: 2, transitionMatrix: 2, networkStats: 10 };
    expect(onSeed).toMatchObject(exact);
    expect(onSynthetic).toMatchObject(exact);
    // walks and search: one statement per hop (or two for search) plus at most one per node type they reach
    const bounds = { neighbourhood: 1 + 2 + 1 + 7, shortestPath: 2 + 6 + 7, search: 2 + 5 };
    for (const [name, bound] of Object.entries(bounds)) {
      expect(onSeed[name]).toBeLessThanOrEqual(bound);
      expect(onSynthetic[name]).toBeLessThanOrEqual(bound);
    }
  });
});
