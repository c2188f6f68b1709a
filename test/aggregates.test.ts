import { Role } from "../src/model/viewer";
import { aggregateFieldsOf, groupKeysOf } from "../src/catalogue/aggregate-fields";
import { Experiment } from "../src/model/entities/experiment.entity";
import { Random } from "../src/app/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

type Row = Record<string, any>;

const EXPERIMENT_FIELDS = aggregateFieldsOf(Experiment as never);
const SCALARS = [...new Set([...EXPERIMENT_FIELDS.distinct.map((field) => field.name), "domains"])];

const READ = `{ experiments(first: 100) { totalCount nodes { id ${SCALARS.join(" ")}
  programme { id }
  institutions { role institution { id region { id } } }
  specialties { level specialty { id } } } } }`;

const pkOf = (id: string) => Number(Buffer.from(id, "base64url").toString("utf8").split(":")[1]);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The figures of a selection computed in JavaScript over rows. */
function figures(rows: Row[]) {
  const present = (field: string) => rows.map((row) => row[field]).filter((value) => value !== null && value !== undefined);
  const result: Row = { count: rows.length, countDistinct: {}, min: {}, max: {}, sum: {}, avg: {} };
  for (const field of EXPERIMENT_FIELDS.distinct) result.countDistinct[field.name] = new Set(present(field.name).map(String)).size;
  for (const field of EXPERIMENT_FIELDS.ranged) {
    const values = present(field.name) as number[];
    result.min[field.name] = values.length ? Math.min(...values) : null;
    result.max[field.name] = values.length ? Math.max(...values) : null;
  }
  for (const field of EXPERIMENT_FIELDS.summed) {
    const values = present(field.name) as number[];
    result.sum[field.name] = values.length ? sum(values) : null;
    result.avg[field.name] = values.length ? sum(values) / values.length : null;
  }
  return result;
}

const FIGURES = `count countDistinct { ${EXPERIMENT_FIELDS.distinct.map((field) => field.name).join(" ")} }
  min { ${EXPERIMENT_FIELDS.ranged.map((field) => field.name).join(" ")} } max { ${EXPERIMENT_FIELDS.ranged.map((field) => field.name).join(" ")} }
  sum { ${EXPERIMENT_FIELDS.summed.map((field) => field.name).join(" ")} } avg { ${EXPERIMENT_FIELDS.summed.map((field) => field.name).join(" ")} }`;

/** Floats compared to 9 digits (avg is computed in float8 by PostgreSQL). */
const rounded = (value: unknown): unknown =>
  typeof value === "number"
    ? Math.round(value * 1e9) / 1e9
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)]))
      : value;

/** Which group keys an experiment row has for a key of `groupKeysOf(Experiment)` (several for list keys). */
function keysOf(row: Row, key: string): unknown[] {
  switch (key) {
    case "domains":
      return row.domains.length ? row.domains : [null];
    case "programme":
      return [row.programme?.id ?? null];
    case "institutions": {
      const ids = [...new Set(row.institutions.map((edge: Row) => edge.institution.id))];
      return ids.length ? ids : [null];
    }
    case "institutionsRegion": {
      const ids = [...new Set(row.institutions.map((edge: Row) => edge.institution.region?.id).filter(Boolean))];
      return ids.length ? ids : [null];
    }
    case "specialties": {
      const ids = [...new Set(row.specialties.map((edge: Row) => edge.specialty.id))];
      return ids.length ? ids : [null];
    }
    default:
      return [row[key] ?? null];
  }
}

/** The key as `groups` answers it: a node's id for relation keys. */
const keySelection = (key: string) =>
  ["programme", "institutions", "institutionsRegion", "specialties"].includes(key) ? `${key} { id }` : key;
const keyValue = (group: Row, key: string) =>
  ["programme", "institutions", "institutionsRegion", "specialties"].includes(key) ? (group.key[key]?.id ?? null) : group.key[key];

describe("aggregates and groups on connections, against the same figures in JavaScript over a full read", () => {
  let app: TestApp;
  const rowsAs = new Map<string, Row[]>();
  const reached = { figures: 0, groupings: 0, groups: 0 };
  const ROLES: Array<[string, Role | undefined]> = [
    ["anonymous", undefined],
    ["an editor", Role.EDITOR],
  ];

  beforeAll(async () => {
    app = await startTestApp();
    const { body: lumc } = await app.query(`{ institution(slug: "lumc") { id } }`);
    const submitted = await app.query(
      `mutation ($institution: ID!) { submitInitiative(input: { title: "Alleen voor redacteuren geteld", summary: "x", startYear: 2031, domains: [CLINIC], institutions: [{ institutionId: $institution, role: LEAD }], submitter: { name: "A", email: "a@example.nl" } }) { id } }`,
      { institution: lumc.data.institution.id },
    );
    expect(submitted.body.errors).toBeUndefined();
    for (const [name, role] of ROLES) {
      const { body } = await app.query(READ, {}, { as: role });
      expect(body.errors).toBeUndefined();
      expect(body.data.experiments.totalCount).toBeLessThanOrEqual(100);
      rowsAs.set(name, body.data.experiments.nodes);
    }
    expect(rowsAs.get("an editor")!.length).toBe(rowsAs.get("anonymous")!.length + 1);
  });
  afterAll(async () => {
    console.log(`aggregates compared: ${reached.figures} figure sets, ${reached.groupings} groupings holding ${reached.groups} groups`);
    await app.close();
  });

  it.each(ROLES)(
    "as %s: every figure of every field, over the whole list, under a list filter and under a figure's own filter",
    async (name, role) => {
      const rows = rowsAs.get(name)!;
      const { body } = await app.query(
        `{ all: experiments { aggregate { ${FIGURES} } }
         recent: experiments(filter: { startYear: { gte: 2018 } }) { aggregate { ${FIGURES} } }
         mixed: experiments { aggregate { clinic: count(filter: { domains: { hasAny: [CLINIC] } }) lead: min(filter: { institutions: { some: { role: { eq: LEAD } } } }) { startYear } } } }`,
        {},
        { as: role },
      );
      expect(body.errors).toBeUndefined();
      expect(rounded(body.data.all.aggregate)).toEqual(rounded(figures(rows)));
      expect(rounded(body.data.recent.aggregate)).toEqual(
        rounded(figures(rows.filter((row) => row.startYear !== null && row.startYear >= 2018))),
      );
      expect(body.data.mixed.aggregate.clinic).toBe(rows.filter((row) => row.domains.includes("CLINIC")).length);
      const led = rows.filter((row) => row.institutions.some((edge: Row) => edge.role === "LEAD") && row.startYear !== null);
      expect(body.data.mixed.aggregate.lead.startYear).toBe(Math.min(...led.map((row) => row.startYear)));
      reached.figures += 4;
    },
  );

  it.each(ROLES)(
    "as %s: groups by every key (fields, each domain, the programme, each institution, each region of the institutions, each specialty) and by pairs of keys",
    async (name, role) => {
      const rows = rowsAs.get(name)!;
      const keys = groupKeysOf(Experiment as never)
        .map((key) => key.name)
        .filter((key) => key in rows[0]! || ["institutions", "institutionsRegion", "specialties"].includes(key));
      expect(keys).toEqual(expect.arrayContaining(["status", "startYear", "domains", "programme", "institutionsRegion"]));
      const random = new Random(5);
      const groupings = [
        ...keys.map((key) => [key]),
        ...Array.from({ length: 12 }, () => [random.pick(keys), random.pick(keys)]).filter(([a, b]) => a !== b),
      ];
      for (const by of groupings) {
        const { body } = await app.query(
          `query ($by: [ExperimentGroupBy!]!) { experiments { groups(by: $by, first: 1000) { key { ${by.map(keySelection).join(" ")} } aggregate { count max { startYear } } } } }`,
          { by },
          { as: role },
        );
        expect({ by, errors: body.errors }).toEqual({ by, errors: undefined });
        const expected = new Map<string, Row[]>();
        for (const row of rows) {
          const combinations = by.reduce<unknown[][]>(
            (acc, key) => acc.flatMap((prefix) => keysOf(row, key).map((value) => [...prefix, value])),
            [[]],
          );
          for (const combination of combinations) {
            const label = JSON.stringify(combination);
            expected.set(label, [...(expected.get(label) ?? []), row]);
          }
        }
        const got = new Map<string, Row>(
          body.data.experiments.groups.map((group: Row) => [JSON.stringify(by.map((key) => keyValue(group, key))), group.aggregate]),
        );
        expect({ by, groups: [...got.keys()].sort() }).toEqual({ by, groups: [...expected.keys()].sort() });
        for (const [label, members] of expected) {
          const years = members.map((row) => row.startYear).filter((year) => year !== null);
          expect({ by, label, figures: got.get(label) }).toEqual({
            by,
            label,
            figures: { count: members.length, max: { startYear: years.length ? Math.max(...years) : null } },
          });
        }
        reached.groupings += 1;
        reached.groups += expected.size;
      }
    },
  );

  it("having, sort by a figure and first: the groups JavaScript keeps, in its order", async () => {
    const rows = rowsAs.get("an editor")!;
    const { body } = await app.query(
      `{ experiments { groups(by: [specialties], having: [{ function: count, gte: 2 }, { function: count, filter: { kind: { eq: EXPERIMENT } }, gte: 1 }], sort: [{ function: count, direction: DESC }, { function: min, field: startYear }], first: 2) {
          key { specialties { id } } aggregate { count min { startYear } } } } }`,
      {},
      { as: Role.EDITOR },
    );
    expect(body.errors).toBeUndefined();
    const bySpecialty = new Map<string | null, Row[]>();
    for (const row of rows)
      for (const specialty of keysOf(row, "specialties"))
        bySpecialty.set(specialty as string | null, [...(bySpecialty.get(specialty as string | null) ?? []), row]);
    const years = (members: Row[]) => members.map((row) => row.startYear).filter((year) => year !== null) as number[];
    const kept = [...bySpecialty].filter(([, members]) => members.length >= 2 && members.some((row) => row.kind === "EXPERIMENT"));
    expect(kept.length).toBeLessThan(bySpecialty.size);
    const last = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
    const expected = kept
      .map(([specialty, members]) => ({
        specialty,
        count: members.length,
        min: years(members).length ? Math.min(...years(members)) : null,
      }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          last(a.min) - last(b.min) ||
          (a.specialty === null ? 1 : b.specialty === null ? -1 : pkOf(a.specialty) - pkOf(b.specialty)),
      )
      .slice(0, 2);
    expect(kept.length).toBeGreaterThan(2);
    expect(
      body.data.experiments.groups.map((group: Row) => ({
        specialty: group.key.specialties?.id ?? null,
        count: group.aggregate.count,
        min: group.aggregate.min.startYear,
      })),
    ).toEqual(expected);
    expect(expected.length).toBe(2);
  });

  it("on nested connections, per parent: the figures and groups of each experiment's institutions equal JavaScript's over its list", async () => {
    const rows = rowsAs.get("an editor")!;
    const { body } = await app.query(
      `{ experiments(first: 100) { nodes { id institutionsConnection(filter: { role: { in: [LEAD, PARTNER] } }) {
          aggregate { count countDistinct { role } } groups(by: [role]) { key { role } aggregate { count } } } } } }`,
      {},
      { as: Role.EDITOR },
    );
    expect(body.errors).toBeUndefined();
    for (const experiment of body.data.experiments.nodes) {
      const edges = rows
        .find((row) => row.id === experiment.id)!
        .institutions.filter((edge: Row) => ["LEAD", "PARTNER"].includes(edge.role));
      const roles = [...new Set(edges.map((edge: Row) => edge.role))].sort();
      expect(experiment.institutionsConnection.aggregate).toEqual({ count: edges.length, countDistinct: { role: roles.length } });
      expect(experiment.institutionsConnection.groups).toEqual(
        roles.map((role) => ({ key: { role }, aggregate: { count: edges.filter((edge: Row) => edge.role === role).length } })),
      );
      reached.figures += 1;
    }
  });

  it("a date's year as a group key, and min and max of a date: programmes by the year of their lessons-learned date", async () => {
    const { body } = await app.query(
      `{ programmes(first: 100) { nodes { lessonsLearnedDueDate } groups(by: [lessonsLearnedDueDateYear]) { key { lessonsLearnedDueDateYear } aggregate { count min { lessonsLearnedDueDate } max { lessonsLearnedDueDate } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const dates: Array<string | null> = body.data.programmes.nodes.map((node: Row) => node.lessonsLearnedDueDate);
    expect(dates.some((date) => date !== null)).toBe(true);
    const years = [...new Set(dates.map((date) => (date === null ? null : Number(date.slice(0, 4)))))].sort(
      (a, b) => (a ?? 1e9) - (b ?? 1e9),
    );
    expect(body.data.programmes.groups).toEqual(
      years.map((year) => {
        const inYear = dates.filter((date) => (date === null ? null : Number(date.slice(0, 4))) === year);
        const known = inYear.filter((date): date is string => date !== null).sort();
        return {
          key: { lessonsLearnedDueDateYear: year },
          aggregate: {
            count: inYear.length,
            min: { lessonsLearnedDueDate: known[0] ?? null },
            max: { lessonsLearnedDueDate: known.at(-1) ?? null },
          },
        };
      }),
    );
  });

  it("networkStats in these terms: byRegion, bySpecialty and byKind equal the groups of experiments", async () => {
    const { body } = await app.query(
      `{ networkStats { byRegion { count region { id } } bySpecialty { count specialty { id } } byKind { kind count } }
         experiments { byRegion: groups(by: [institutionsRegion], first: 1000) { key { institutionsRegion { id } } aggregate { count } }
                       bySpecialty: groups(by: [specialties], first: 1000) { key { specialties { id } } aggregate { count } }
                       byKind: groups(by: [kind]) { key { kind } aggregate { count } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const asMap = (entries: Array<[unknown, number]>) =>
      Object.fromEntries(entries.filter(([key]) => key !== null).map(([key, count]) => [String(key), count]));
    const { networkStats, experiments } = body.data;
    expect(asMap(experiments.byRegion.map((group: Row) => [group.key.institutionsRegion?.id ?? null, group.aggregate.count]))).toEqual(
      asMap(networkStats.byRegion.map((entry: Row) => [entry.region.id, entry.count])),
    );
    expect(asMap(experiments.bySpecialty.map((group: Row) => [group.key.specialties?.id ?? null, group.aggregate.count]))).toEqual(
      asMap(networkStats.bySpecialty.map((entry: Row) => [entry.specialty.id, entry.count])),
    );
    expect(asMap(experiments.byKind.map((group: Row) => [group.key.kind, group.aggregate.count]))).toEqual(
      asMap(networkStats.byKind.filter((entry: Row) => entry.count > 0).map((entry: Row) => [entry.kind, entry.count])),
    );
  });

  it("sort by a relation's count and filter by it: institutions by number of experiments, paged by cursors; experiments with at least three specialties", async () => {
    const rows = rowsAs.get("anonymous")!;
    const counts = new Map<string, Set<string>>();
    for (const row of rows)
      for (const edge of row.institutions) counts.set(edge.institution.id, (counts.get(edge.institution.id) ?? new Set()).add(row.id));
    const { body: all } = await app.query(`{ institutions(first: 100) { nodes { id } } }`);
    const expected = all.data.institutions.nodes
      .map((node: Row) => ({ id: node.id, count: counts.get(node.id)?.size ?? 0 }))
      .sort((a: Row, b: Row) => b.count - a.count || pkOf(a.id) - pkOf(b.id));
    const paged: Row[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page++) {
      const { body } = await app.query(
        `query ($after: String) { institutions(first: 7, after: $after, sort: [{ count: { experiments: {} }, direction: DESC }]) {
            pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      paged.push(...body.data.institutions.nodes.map((node: Row) => ({ id: node.id })));
      if (!body.data.institutions.pageInfo.hasNextPage) break;
      after = body.data.institutions.pageInfo.endCursor;
    }
    expect(paged.map((node) => node.id)).toEqual(expected.map((node: Row) => node.id));

    const { body } = await app.query(`{ experiments(first: 100, filter: { specialties: { count: { gte: 3 } } }) { nodes { id } } }`);
    expect(body.errors).toBeUndefined();
    const atLeastThree = rows
      .filter((row) => new Set(row.specialties.map((edge: Row) => edge.specialty.id)).size >= 3)
      .map((row) => row.id);
    expect(body.data.experiments.nodes.map((node: Row) => node.id)).toEqual(atLeastThree);
    expect(atLeastThree.length).toBeGreaterThan(0);
    expect(atLeastThree.length).toBeLessThan(rows.length);
  });

  it("statements: figures and groups cost no level of their own when the connection asks only for them, and one statement per level otherwise", async () => {
    const only = await app.countStatements(() =>
      app.query(
        `{ experiments(filter: { startYear: { gte: 2015 } }) { aggregate { count } groups(by: [status]) { key { status } aggregate { count } } } }`,
      ),
    );
    expect(only.result.body.errors).toBeUndefined();
    expect(only.statements).toBe(1);
    const nested = await app.countStatements(() =>
      app.query(
        `{ experiments(first: 50) { nodes { institutionsConnection { aggregate { count } groups(by: [role]) { key { role } aggregate { count } } } specialtiesConnection { aggregate { count } } } } }`,
      ),
    );
    expect(nested.result.body.errors).toBeUndefined();
    expect(nested.statements).toBe(2);
  });

  it("bad groups are BAD_USER_INPUT before any SQL: no keys, a figure without its field, sum of text, a sort key not grouped by, too many groups", async () => {
    const codeOf = async (args: string) =>
      (await app.query(`{ experiments { groups(${args}) { key { status } } } }`)).body.errors?.[0]?.extensions?.code;
    expect(await codeOf("by: []")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], having: [{ function: avg, gt: 1 }]")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], having: [{ function: sum, field: title, gt: 1 }]")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], having: [{ function: count }]")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], sort: [{ key: startYear }]")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], first: 1001")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status, status]")).toBe("BAD_USER_INPUT");
    expect(await codeOf("by: [status], sort: [{ count: 1 }]")).toBe("GRAPHQL_VALIDATION_FAILED");
    // any Float a condition takes compares, whatever the figure's type (the fuzz found 1e300 against a count)
    expect(await codeOf("by: [status], having: [{ function: count, gt: 1e300 }, { function: count, gte: 2.5 }]")).toBeUndefined();
    expect(await codeOf("by: [status], having: [{ function: max, field: startYear, lt: -1e300 }]")).toBeUndefined();
  });
});
