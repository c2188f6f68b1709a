import { Role } from "../src/model/viewer";
import { declarationOf, NODE_TYPE_NAMES, type NodeTypeName } from "../src/catalogue/node-types";
import { filterableFields, type FilterableField } from "../src/catalogue/filterable-fields";
import { FILTER_BOUNDS, FILTER_OPERATORS } from "../src/sql/node-filter";
import { Random } from "../src/app/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

type Row = Record<string, unknown> & { id: string };
type Filter = Record<string, unknown>;

/** Lower case without accents, as ipo_unaccent(lower(...)) compares text. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The reference: what a filter keeps, computed in JavaScript over a full read. */
function matches(row: Row, filter: Filter): boolean {
  return Object.entries(filter).every(([name, operand]) => {
    if (operand === null || operand === undefined) return true;
    if (name === "and") return (operand as Filter[]).every((child) => matches(row, child));
    if (name === "or") return (operand as Filter[]).length === 0 || (operand as Filter[]).some((child) => matches(row, child));
    if (name === "not") return !matches(row, operand as Filter);
    const value = row[name];
    return Object.entries(operand as Record<string, unknown>).every(([operator, argument]) => {
      if (operator === "isNull") return argument ? value === null : value !== null;
      if (operator === "isEmpty") return argument ? (value as unknown[]).length === 0 : (value as unknown[]).length > 0;
      if (operator === "hasAny") return (argument as unknown[]).some((item) => (value as unknown[]).includes(item));
      if (operator === "hasAll") return (argument as unknown[]).every((item) => (value as unknown[]).includes(item));
      if (value === null || value === undefined) return false;
      switch (operator) {
        case "eq":
          return value === argument;
        case "in":
          return (argument as unknown[]).includes(value);
        case "notIn":
          return !(argument as unknown[]).includes(value);
        case "gt":
          return (value as number) > (argument as number);
        case "gte":
          return (value as number) >= (argument as number);
        case "lt":
          return (value as number) < (argument as number);
        case "lte":
          return (value as number) <= (argument as number);
        case "contains":
          return fold(String(value)).includes(fold(String(argument)));
        case "startsWith":
          return fold(String(value)).startsWith(fold(String(argument)));
        default:
          throw new Error(`no reference for ${operator}`);
      }
    });
  });
}

/** Operands for every operator of a field, taken from the values the rows hold (and one that none holds). */
function conditionsFor(field: FilterableField, rows: Row[], random: Random): Filter[] {
  const values = rows.map((row) => row[field.name]).filter((value) => value !== null && value !== undefined);
  if (values.length === 0) return [{ [field.name]: { isNull: true } }, { [field.name]: { isNull: false } }];
  const some = () => random.pick(values);
  const conditions: Filter[] = [];
  for (const operator of FILTER_OPERATORS[field.kind]) {
    let argument: unknown;
    switch (operator) {
      case "eq":
        argument = some();
        break;
      case "in":
        argument =
          field.kind === "enum"
            ? [some()]
            : [some(), some(), { number: -12345, date: "1900-01-01" }[field.kind as string] ?? "nothing-has-this"];
        break;
      case "notIn":
        argument = [some()];
        break;
      case "gt":
      case "gte":
      case "lt":
      case "lte":
        argument = some();
        break;
      case "contains": {
        const text = String(some());
        const start = random.int(Math.max(1, text.length - 3));
        argument = text.slice(start, start + 4).toUpperCase();
        break;
      }
      case "startsWith":
        argument = fold(String(some()).slice(0, 3));
        break;
      case "isNull":
      case "isEmpty":
        conditions.push({ [field.name]: { [operator]: true } });
        argument = false;
        break;
      case "hasAny":
        argument = [(some() as unknown[])[0] ?? "CLINIC"].filter(Boolean);
        break;
      case "hasAll":
        argument = [...new Set((values as unknown[][]).flat())].slice(0, 2);
        break;
    }
    if (field.kind === "boolean" && operator === "eq") conditions.push({ [field.name]: { eq: true } }, { [field.name]: { eq: false } });
    else conditions.push({ [field.name]: { [operator]: argument } });
  }
  return conditions;
}

/** Which node types have a root list, with the fields it can be filtered by. */
const TYPES = NODE_TYPE_NAMES.map((type) => ({
  type,
  list: declarationOf(type).list.name,
  fields: filterableFields(declarationOf(type).entity as never),
}));

describe("filters on every root list (<Type>Filter), checked against the same filter in JavaScript over a full read", () => {
  let app: TestApp;
  const rowsOf = new Map<NodeTypeName, Row[]>();
  const reached = { filters: 0, someButNotAll: 0, none: 0, all: 0 };

  beforeAll(async () => {
    app = await startTestApp();
    for (const { type, list, fields } of TYPES) {
      const { body } = await app.query(
        `{ ${list}(first: 100) { totalCount nodes { id ${fields.map((field) => field.name).join(" ")} } } }`,
        {},
        { as: Role.EDITOR },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data[list].totalCount).toBeLessThanOrEqual(100);
      rowsOf.set(type, body.data[list].nodes);
    }
  });
  afterAll(async () => {
    console.log(
      `filters generated ${reached.filters}: kept some rows but not all ${reached.someButNotAll}, none ${reached.none}, all ${reached.all}`,
    );
    await app.close();
  });

  async function expectSameAsReference(type: NodeTypeName, list: string, filter: Filter) {
    const rows = rowsOf.get(type)!;
    const { body } = await app.query(
      `query ($filter: ${type}Filter) { ${list}(first: 100, filter: $filter) { totalCount nodes { id } } }`,
      { filter },
      { as: Role.EDITOR },
    );
    expect({ filter, errors: body.errors }).toEqual({ filter, errors: undefined });
    const expected = rows.filter((row) => matches(row, filter)).map((row) => row.id);
    expect({ filter, ids: body.data[list].nodes.map((node: Row) => node.id) }).toEqual({ filter, ids: expected });
    expect(body.data[list].totalCount).toBe(expected.length);
    reached.filters += 1;
    if (expected.length === 0) reached.none += 1;
    else if (expected.length === rows.length) reached.all += 1;
    else reached.someButNotAll += 1;
  }

  it.each(TYPES.filter(({ fields }) => fields.length > 0).map(({ type, list }) => [type, list]))(
    "%s: every operator of every field",
    async (type, list) => {
      const random = new Random(7);
      for (const field of TYPES.find((entry) => entry.type === type)!.fields)
        for (const filter of conditionsFor(field, rowsOf.get(type as NodeTypeName)!, random))
          await expectSameAsReference(type as NodeTypeName, list, filter);
    },
  );

  it("experiments: 200 random combinations with and, or and not", async () => {
    const random = new Random(11);
    const { fields } = TYPES.find((entry) => entry.type === "Experiment")!;
    const rows = rowsOf.get("Experiment")!;
    const leaves = fields.flatMap((field) => conditionsFor(field, rows, random));
    const combine = (depth: number): Filter => {
      if (depth === 0 || random.int(3) === 0) return random.pick(leaves);
      const choice = random.int(3);
      if (choice === 0) return { and: [combine(depth - 1), combine(depth - 1)] };
      if (choice === 1) return { or: [combine(depth - 1), combine(depth - 1)] };
      return { not: combine(depth - 1) };
    };
    for (let i = 0; i < 200; i++) await expectSameAsReference("Experiment", "experiments", combine(3));
  });

  it("the filter runs in the list's own statements: as many as without it", async () => {
    const list = (filter: string) => `{ experiments(first: 5${filter}) { totalCount nodes { title } } }`;
    const plain = await app.countStatements(() => app.query(list("")));
    const filtered = await app.countStatements(() =>
      app.query(
        list(`, filter: { or: [{ title: { contains: "zorg" } }, { startYear: { gte: 2018 } }], not: { status: { eq: COMPLETED } } }`),
      ),
    );
    expect(filtered.result.body.errors).toBeUndefined();
    expect(filtered.statements).toBe(plain.statements);
  });

  it("bounds: more values, conditions or nesting than FILTER_BOUNDS allows is BAD_USER_INPUT; unknown fields and operators do not validate", async () => {
    const ask = async (filter: Filter) =>
      (await app.query(`query ($filter: ExperimentFilter) { experiments(filter: $filter) { totalCount } }`, { filter })).body;
    const codeOf = async (filter: Filter) => (await ask(filter)).errors?.[0]?.extensions?.code;
    const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);
    expect(await codeOf({ startYear: { in: numbers(FILTER_BOUNDS.maxListValues) } })).toBeUndefined();
    expect(await codeOf({ startYear: { in: numbers(FILTER_BOUNDS.maxListValues + 1) } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ and: numbers(FILTER_BOUNDS.maxConditions).map((n) => ({ startYear: { gte: n } })) })).toBeUndefined();
    expect(await codeOf({ and: numbers(FILTER_BOUNDS.maxConditions + 1).map((n) => ({ startYear: { gte: n } })) })).toBe("BAD_USER_INPUT");
    let deep: Filter = { title: { contains: "zorg" } };
    for (let i = 0; i < FILTER_BOUNDS.maxDepth; i++) deep = { not: deep };
    expect(await codeOf(deep)).toBeUndefined();
    expect(await codeOf({ not: deep })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ title: { contains: "x".repeat(FILTER_BOUNDS.maxTextLength + 1) } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ title: { like: "%" } })).toBe("BAD_USER_INPUT");
    const programmes = async (filter: Filter) =>
      (await app.query(`query ($filter: ProgrammeFilter) { programmes(filter: $filter) { totalCount } }`, { filter })).body;
    expect((await programmes({ lessonsLearnedDueDate: { in: ["2023-02-30"] } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await programmes({ lessonsLearnedDueDate: { gte: "soon" } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await codeOf({ summaryHtml: { eq: "x" } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ title: { in: ["a", "b\u0000"] } })).toBe("BAD_USER_INPUT");
    expect(await codeOf({ title: { contains: "\ud800 half" } })).toBe("BAD_USER_INPUT");
    // LIKE's own characters are taken literally
    expect((await ask({ title: { contains: "%" } })).data.experiments.totalCount).toBe(0);
  });

  it("personal data is not filterable: a person's email is no field of PersonFilter", async () => {
    const { body } = await app.query(`{ people(filter: { email: { contains: "@" } }) { totalCount } }`, {}, { as: Role.ADMIN });
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("an anonymous reader's filter sees only published nodes, as the list does", async () => {
    const filter = { state: { eq: "SUBMITTED" } };
    const submitted = await app.query(`query ($filter: ExperimentFilter) { experiments(filter: $filter) { totalCount } }`, { filter });
    expect(submitted.body.data.experiments.totalCount).toBe(0);
  });
});
