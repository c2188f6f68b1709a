import { Role } from "../src/model/viewer";
import { Random } from "../src/app/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

type Row = Record<string, any>;
type Filter = Record<string, any>;

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The reference: what a filter keeps, in JavaScript over a full read that holds the related rows too. A key
 * whose operand has `some`/`every`/`none` is a relation to many (the row holds the list), a key whose row value
 * is an object or null is a relation to one, anything else is a field's operators.
 */
function matches(row: Row, filter: Filter): boolean {
  return Object.entries(filter).every(([name, operand]) => {
    if (operand === null || operand === undefined) return true;
    if (name === "and") return (operand as Filter[]).every((child) => matches(row, child));
    if (name === "or") return (operand as Filter[]).some((child) => matches(row, child));
    if (name === "not") return !matches(row, operand);
    const value = row[name];
    if ("some" in operand || "every" in operand || "none" in operand) {
      const items = value as Row[];
      if (operand.some && !items.some((item) => matches(item, operand.some))) return false;
      if (operand.every && !items.every((item) => matches(item, operand.every))) return false;
      if (operand.none && items.some((item) => matches(item, operand.none))) return false;
      return true;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return matches(value, operand);
    if (
      value === null &&
      !("isNull" in operand) &&
      Object.keys(operand).some((key) => !/^(eq|in|notIn|contains|startsWith|gte|lte|gt|lt)$/.test(key))
    )
      return false;
    return Object.entries(operand as Record<string, unknown>).every(([operator, argument]) => {
      if (operator === "isNull") return argument ? value === null : value !== null;
      if (value === null || value === undefined) return false;
      switch (operator) {
        case "eq":
          return value === argument;
        case "in":
          return (argument as unknown[]).includes(value);
        case "notIn":
          return !(argument as unknown[]).includes(value);
        case "gte":
          return value >= (argument as number);
        case "lte":
          return value <= (argument as number);
        case "contains":
          return fold(String(value)).includes(fold(String(argument)));
        case "startsWith":
          return fold(String(value)).startsWith(fold(String(argument)));
        case "hasAny":
          return (argument as unknown[]).some((item) => (value as unknown[]).includes(item));
        default:
          throw new Error(`no reference for ${operator}`);
      }
    });
  });
}

const EXPERIMENTS = `{ experiments(first: 100) { totalCount nodes { id title startYear status domains
  programme { id name }
  institutions { role institution { id name type region { id name } } }
  specialties { level specialty { id name } }
  people { role person { id name } } } } }`;

const INSTITUTIONS = `{ institutions(first: 100) { totalCount nodes { id name type
  region { id name }
  partOf { id name }
  parts { id name }
  experiments { role experiment { id title startYear status } } } } }`;

/** Random relation conditions over what the rows hold, so that most keep some rows and not all. */
function filterMaker(random: Random, experiments: Row[], institutions: Row[]) {
  const piece = (text: string) => {
    const start = random.int(Math.max(1, text.length - 3));
    return text.slice(start, start + 3 + random.int(3));
  };
  const edges = experiments.flatMap((experiment) => experiment.institutions as Row[]);
  const specialties = experiments.flatMap((experiment) => experiment.specialties as Row[]);
  const people = experiments.flatMap((experiment) => experiment.people as Row[]);
  const quantifier = () => random.pick(["some", "every", "none"] as const);
  const experimentLeaf = (): Filter =>
    random.pick([
      () => ({ startYear: { gte: random.pick(experiments.map((e) => e.startYear).filter((y) => y !== null)) } }),
      () => ({ status: { eq: random.pick(experiments.map((e) => e.status)) } }),
      () => ({ title: { contains: piece(random.pick(experiments).title) } }),
      () => ({ programme: { name: { contains: piece(random.pick(experiments.filter((e) => e.programme)).programme.name) } } }),
      () => ({ programme: { id: { eq: random.pick(experiments.filter((e) => e.programme)).programme.id } } }),
      () => ({
        institutions: {
          [quantifier()]: random.pick([
            () => ({ role: { eq: random.pick(edges).role } }),
            () => ({ institution: { name: { contains: piece(random.pick(edges).institution.name) } } }),
            () => ({ role: { in: [random.pick(edges).role] }, institution: { type: { eq: random.pick(edges).institution.type } } }),
            () => ({
              institution: { region: { name: { startsWith: random.pick(institutions.filter((i) => i.region)).region.name.slice(0, 4) } } },
            }),
            () => ({}),
          ])(),
        },
      }),
      () => ({ specialties: { [quantifier()]: { specialty: { name: { contains: piece(random.pick(specialties).specialty.name) } } } } }),
      () => ({ specialties: { [quantifier()]: { level: { eq: random.pick(specialties).level } } } }),
      () => ({
        people: {
          [quantifier()]: {
            role: { eq: random.pick(people).role },
            person: { name: { startsWith: random.pick(people).person.name.slice(0, 2) } },
          },
        },
      }),
    ])();
  const experimentFilter = (depth: number): Filter => {
    if (depth === 0 || random.int(3) === 0) return experimentLeaf();
    const choice = random.int(3);
    if (choice === 0) return { and: [experimentFilter(depth - 1), experimentFilter(depth - 1)] };
    if (choice === 1) return { or: [experimentFilter(depth - 1), experimentFilter(depth - 1)] };
    return { not: experimentFilter(depth - 1) };
  };
  const institutionFilter = (): Filter =>
    random.pick([
      () => ({ region: { name: { contains: piece(random.pick(institutions.filter((i) => i.region)).region.name) } } }),
      () => ({ partOf: { name: { contains: piece(random.pick(institutions.filter((i) => i.partOf)).partOf.name) } } }),
      () => ({ parts: { [quantifier()]: {} } }),
      () => ({ experiments: { [quantifier()]: { role: { eq: random.pick(edges).role } } } }),
      () => ({
        experiments: {
          [quantifier()]: { experiment: { startYear: { lte: random.pick(experiments.map((e) => e.startYear).filter(Boolean)) } } },
        },
      }),
      () => ({
        experiments: { some: { experiment: { status: { eq: random.pick(experiments).status } } } },
        not: { type: { eq: random.pick(institutions).type } },
      }),
    ])();
  return { experimentFilter, institutionFilter };
}

describe("relation conditions in <Type>Filter (to one: nested; to many: some, every, none, with the edge's facts), and filters and sorts on relation lists", () => {
  let app: TestApp;
  const reached = { filters: 0, someButNotAll: 0, none: 0, all: 0, nested: 0, nestedPartial: 0 };
  const data = new Map<string, { experiments: Row[]; institutions: Row[] }>();
  const ROLES: Array<[string, Role | undefined]> = [
    ["anonymous", undefined],
    ["an editor", Role.EDITOR],
  ];

  beforeAll(async () => {
    app = await startTestApp();
    const { body: lumc } = await app.query(`{ institution(slug: "lumc") { id } }`);
    const submitted = await app.query(
      `mutation ($institution: ID!) { submitInitiative(input: { title: "Alleen voor redacteuren zichtbaar", summary: "x", institutions: [{ institutionId: $institution, role: LEAD }], submitter: { name: "A", email: "a@example.nl" } }) { id } }`,
      { institution: lumc.data.institution.id },
    );
    expect(submitted.body.errors).toBeUndefined();
    for (const [name, role] of ROLES) {
      const experiments = await app.query(EXPERIMENTS, {}, { as: role });
      const institutions = await app.query(INSTITUTIONS, {}, { as: role });
      expect(experiments.body.errors).toBeUndefined();
      expect(institutions.body.errors).toBeUndefined();
      expect(experiments.body.data.experiments.totalCount).toBeLessThanOrEqual(100);
      data.set(name, { experiments: experiments.body.data.experiments.nodes, institutions: institutions.body.data.institutions.nodes });
    }
  });
  afterAll(async () => {
    console.log(
      `relation filters generated ${reached.filters}: kept some rows but not all ${reached.someButNotAll}, none ${reached.none}, all ${reached.all}; nested lists compared ${reached.nested}, of which filtered to part of the list ${reached.nestedPartial}`,
    );
    await app.close();
  });

  async function expectSameAsReference(name: string, role: Role | undefined, list: "experiments" | "institutions", filter: Filter) {
    const rows = data.get(name)![list];
    const type = list === "experiments" ? "Experiment" : "Institution";
    const { body } = await app.query(
      `query ($filter: ${type}Filter) { ${list}(first: 100, filter: $filter) { totalCount nodes { id } } }`,
      { filter },
      { as: role },
    );
    expect({ filter, errors: body.errors }).toEqual({ filter, errors: undefined });
    const expected = rows.filter((row) => matches(row, filter)).map((row) => row.id);
    expect({ role, filter, ids: body.data[list].nodes.map((node: Row) => node.id) }).toEqual({ role, filter, ids: expected });
    expect(body.data[list].totalCount).toBe(expected.length);
    reached.filters += 1;
    if (expected.length === 0) reached.none += 1;
    else if (expected.length === rows.length) reached.all += 1;
    else reached.someButNotAll += 1;
  }

  it.each(ROLES)("as %s: 150 random experiment filters over institutions, specialties, people and the programme", async (name, role) => {
    const random = new Random(23);
    const { experimentFilter } = filterMaker(random, data.get(name)!.experiments, data.get(name)!.institutions);
    for (let i = 0; i < 150; i++) await expectSameAsReference(name, role, "experiments", experimentFilter(2));
  });

  it.each(ROLES)("as %s: 60 random institution filters over region, parts, the parent and experiments", async (name, role) => {
    const random = new Random(29);
    const { institutionFilter } = filterMaker(random, data.get(name)!.experiments, data.get(name)!.institutions);
    for (let i = 0; i < 60; i++) await expectSameAsReference(name, role, "institutions", institutionFilter());
  });

  it("a row the viewer may not see never matches: a submitted initiative is found through a relation by an editor only", async () => {
    const filter = { experiments: { some: { experiment: { title: { eq: "Alleen voor redacteuren zichtbaar" } } } } };
    const ask = (role: Role | undefined) =>
      app.query(`query ($filter: InstitutionFilter) { institutions(filter: $filter) { nodes { name } } }`, { filter }, { as: role });
    expect((await ask(Role.EDITOR)).body.data.institutions.nodes).toEqual([{ name: "Leids Universitair Medisch Centrum" }]);
    expect((await ask(undefined)).body.data.institutions.nodes).toEqual([]);
    // and `every` does not hold vacuously for the hidden row: LUMC's visible experiments are all published
    const every = { experiments: { every: { experiment: { state: { eq: "PUBLISHED" } } } }, slug: { eq: "lumc" } };
    const everyAs = (role: Role | undefined) =>
      app.query(`query ($filter: InstitutionFilter) { institutions(filter: $filter) { totalCount } }`, { filter: every }, { as: role });
    expect((await everyAs(undefined)).body.data.institutions.totalCount).toBe(1);
    expect((await everyAs(Role.EDITOR)).body.data.institutions.totalCount).toBe(0);
  });

  it("filter and sort on relation lists and connections: the list equals the JavaScript filter of the whole list, in the order the root list sorts the same nodes; connections page through it with cursors", async () => {
    const random = new Random(31);
    const experiments = data.get("an editor")!.experiments;
    const { experimentFilter } = filterMaker(random, experiments, data.get("an editor")!.institutions);
    const sorts = [
      [{ field: "name", direction: "DESC" }],
      [{ field: "type" }, { field: "name", nulls: "FIRST" }],
      [{ field: "city", nulls: "LAST" }],
    ];
    for (let i = 0; i < 30; i++) {
      const edgeFilter = random.pick([
        () => ({ role: { eq: random.pick(experiments.flatMap((e) => e.institutions)).role } }),
        () => ({ institution: { name: { contains: random.pick(["zieken", "umc", "a", "centrum"]) } } }),
        () => ({ not: { institution: { type: { eq: random.pick(experiments.flatMap((e) => e.institutions)).institution.type } } } }),
      ])();
      const sort = random.pick(sorts);
      const parentFilter = experimentFilter(1);
      const { body } = await app.query(
        `query ($parent: ExperimentFilter, $edge: ExperimentInstitutionFilter, $sort: [InstitutionSort!]) {
          experiments(first: 100, filter: $parent) { nodes { id institutions(filter: $edge, sort: $sort) { role institution { id } } } } }`,
        { parent: parentFilter, edge: edgeFilter, sort },
        { as: Role.EDITOR },
      );
      expect(body.errors).toBeUndefined();
      for (const experiment of body.data.experiments.nodes) {
        const whole = experiments.find((row) => row.id === experiment.id)!.institutions as Row[];
        const kept = whole.filter((edge) => matches(edge, edgeFilter));
        const got = experiment.institutions.map((edge: Row) => edge.institution.id);
        expect([...got].sort()).toEqual(kept.map((edge) => edge.institution.id).sort());
        if (new Set(got).size === got.length && got.length > 1) {
          const { body: root } = await app.query(
            `query ($ids: [ID!], $sort: [InstitutionSort!]) { institutions(first: 100, filter: { id: { in: $ids } }, sort: $sort) { nodes { id } } }`,
            { ids: got, sort },
            { as: Role.EDITOR },
          );
          expect(got).toEqual(root.data.institutions.nodes.map((node: Row) => node.id));
        }
        // the connection, two at a time, holds the same edges in the same order, and counts them
        const paged: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const { body: part } = await app.query(
            `query ($id: ID!, $edge: ExperimentInstitutionFilter, $sort: [InstitutionSort!], $after: String) {
              node(id: $id) { ... on Experiment { institutionsConnection(first: 2, after: $after, filter: $edge, sort: $sort) {
                totalCount pageInfo { hasNextPage endCursor } nodes { institution { id } } } } } }`,
            { id: experiment.id, edge: edgeFilter, sort, after },
            { as: Role.EDITOR },
          );
          expect(part.errors).toBeUndefined();
          const connection = part.data.node.institutionsConnection;
          expect(connection.totalCount).toBe(kept.length);
          paged.push(...connection.nodes.map((node: Row) => node.institution.id));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        expect(paged).toEqual(got);
        reached.nested += 1;
        if (kept.length > 0 && kept.length < whole.length) reached.nestedPartial += 1;
      }
    }
    expect(reached.nestedPartial).toBeGreaterThan(10);
  });

  it("relation conditions and nested filters cost no statement of their own: one per level, as without them", async () => {
    const plain = await app.countStatements(() =>
      app.query(`{ experiments(first: 20) { nodes { title institutions { role institution { name } } } } }`),
    );
    const filtered = await app.countStatements(() =>
      app.query(`{ experiments(first: 20, filter: { institutions: { some: { role: { eq: LEAD }, institution: { region: { name: { contains: "a" } } } } }, specialties: { none: { level: { eq: RESIDENT } } } }) {
        nodes { title institutions(filter: { institution: { experiments: { some: { experiment: { startYear: { gte: 2015 } } } } } }, sort: [{ field: name }]) { role institution { name } } } } }`),
    );
    expect(filtered.result.body.errors).toBeUndefined();
    expect(plain.statements).toBe(2);
    expect(filtered.statements).toBe(plain.statements);
  });

  it("bounds: a relation is a level of the filter's depth; unknown quantifiers and fields are refused; ids are checked", async () => {
    const codeOf = async (filter: Filter) =>
      (await app.query(`query ($filter: ExperimentFilter) { experiments(filter: $filter) { totalCount } }`, { filter })).body.errors?.[0]
        ?.extensions?.code;
    expect(await codeOf({ institutions: { some: { experiment: { institutions: { some: {} } } } } })).toBeUndefined();
    expect(
      await codeOf({
        institutions: {
          some: {
            experiment: { institutions: { some: { experiment: { institutions: { some: { experiment: { title: { eq: "x" } } } } } } } },
          },
        },
      }),
    ).toBe("BAD_USER_INPUT");
    // (a variable that does not fit its input type is the client's input: BAD_USER_INPUT, before anything runs)
    expect(await codeOf({ institutions: { most: {} } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ institutions: { some: { id: { eq: "x" } } } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ id: { eq: "x" } })).toBe("BAD_USER_INPUT");
    const { body } = await app.query(`{ institution(slug: "lumc") { id } }`);
    expect(await codeOf({ id: { in: [body.data.institution.id] } })).toBe("BAD_USER_INPUT");
  });
});
