import { createHash } from "node:crypto";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { Role } from "../src/auth/viewer";
import { entities } from "../src/entities";
import { buildAppSchema } from "../src/schema/build-schema";
import { Random } from "../src/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

const OPERATIONS = 10_000;
const CONCURRENCY = 8;
const MUTATIONS = 3_000;

const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(10_000),
  "'; drop table person; --",
  "\" or 1=1 --",
  "%_\\",
  "ziekenhuis:* & | ! <->",
  "👩‍⚕️ patiënt Ærø 中文",
  "\u0000\u0001\u0002",
  "../../etc/passwd",
  "{\"$ne\": null}",
  "cobra",
  "lumc",
  "SW5zdGl0dXRpb246NQ",
  Buffer.from("Experiment:1").toString("base64url"),
  Buffer.from("Person:-1").toString("base64url"),
  Buffer.from("offset:99999999").toString("base64url"),
];
const HOSTILE_NUMBERS = [0, 1, -1, 2, 3, 4, 7, 20, 100, 101, 1000, 1001, 2147483647, -2147483648, 1e20, 0.5, Number.MAX_SAFE_INTEGER];

/** A random GraphQL value literal for an input type, often wrong on purpose. */
function literal(random: Random, type: GraphQLInputType, depth = 0): string {
  if (random.next() < 0.05) return random.pick(["null", "\"wrong type\"", "42", "[1, 2]", "{ a: 1 }", "true"]);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const count = random.int(random.next() < 0.05 ? 150 : 3);
    return `[${Array.from({ length: count }, () => literal(random, nullable.ofType, depth + 1)).join(", ")}]`;
  }
  if (isEnumType(nullable)) return random.next() < 0.85 ? random.pick(nullable.getValues()).name : "NOT_A_VALUE";
  if (isInputObjectType(nullable)) {
    if (depth > 2) return "{}";
    // required fields nearly always, so that operations get past validation to the resolvers
    const fields = Object.values(nullable.getFields()).filter((field) => (isNonNullType(field.type) ? random.next() < 0.97 : random.next() < 0.5));
    return `{ ${fields.map((field) => `${field.name}: ${literal(random, field.type, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case "Int":
      case "Float":
        return String(random.pick(HOSTILE_NUMBERS));
      case "Boolean":
        return random.pick(["true", "false"]);
      default:
        return JSON.stringify(random.pick(HOSTILE_STRINGS));
    }
  }
  return "null";
}

function selection(random: Random, schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const picked = possible.filter(() => random.next() < 0.3).slice(0, 3);
    return `{ __typename ${picked.map((object) => `... on ${object.name} ${selection(random, schema, object, depth)}`).join(" ")} }`;
  }
  if (!isObjectType(type)) return "";
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((field) => !field.name.startsWith("_"));
  const chosen = fields.filter(() => random.next() < 0.35).slice(0, 6);
  if (chosen.length === 0) chosen.push(random.pick(fields));
  const parts = chosen.map((field) => fieldSelection(random, schema, field, depth + 1)).filter(Boolean);
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

function fieldSelection(random: Random, schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number): string {
  const named = getNamedType(field.type);
  const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
  if (composite && depth > 5) return "";
  const args = field.args
    .filter((argument: GraphQLArgument) => isNonNullType(argument.type) || random.next() < 0.4)
    .map((argument) => `${argument.name}: ${literal(random, argument.type)}`);
  const alias = random.next() < 0.05 ? `a${random.int(1000)}: ` : "";
  return `${alias}${field.name}${args.length ? `(${args.join(", ")})` : ""} ${composite ? selection(random, schema, named, depth) : ""}`;
}

/** One cheap statement that changes whenever any row of any table does: row count and a sum of row hashes per table. */
async function fingerprint(app: TestApp): Promise<string> {
  const parts = entities.map((entity) => {
    const table = app.orm.getMetadata().get(entity.name).tableName;
    return `select '${table}:' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) as part from "public"."${table}" t`;
  });
  const [row] = await app.orm.em.getConnection().execute<Array<{ print: string }>>(`select string_agg(part, ',') as print from (${parts.join(" union all ")}) p`);
  return row.print;
}

async function snapshot(app: TestApp): Promise<string> {
  const hash = createHash("sha256");
  for (const entity of entities) {
    const table = app.orm.getMetadata().get(entity.name).tableName;
    hash.update(JSON.stringify(await app.orm.em.getConnection().execute(`select * from "${table}" order by pk`)));
  }
  return hash.digest("hex");
}

describe("fuzzing the API with generated operations", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it(`answers ${OPERATIONS} random and hostile operations without a 5xx, with a code on every error, and changes no data`, async () => {
    const schema = await buildAppSchema();
    const queryType = schema.getQueryType()!;
    const roots = Object.values(queryType.getFields()).filter((field) => !field.name.startsWith("_"));
    const random = new Random(20261122);
    const operations = Array.from({ length: OPERATIONS }, () => {
      const parts = Array.from({ length: 1 + random.int(2) }, (_, i) => {
        const field = random.pick(roots);
        return `r${i}: ${fieldSelection(random, schema, field, 1)}`;
      });
      return `{ ${parts.join(" ")} }`;
    });
    const before = await snapshot(app);
    const codes = new Map<string, number>();
    const statuses = new Map<number, number>();
    const withoutCode: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < operations.length) {
        const query = operations[next++];
        const response = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        for (const error of body.errors ?? []) {
          const code = error.extensions?.code;
          if (!code) withoutCode.push(query.slice(0, 300));
          codes.set(code ?? "(none)", (codes.get(code ?? "(none)") ?? 0) + 1);
        }
        if (response.status >= 500) withoutCode.push(`HTTP ${response.status}: ${query.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${OPERATIONS} operations; HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}; errors by code ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}`);
    expect(withoutCode).toEqual([]);
    expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
    expect(codes.get("INTERNAL_SERVER_ERROR") ?? 0).toBe(0);
    expect(await snapshot(app)).toBe(before);
  }, 300_000);

  it(`answers ${MUTATIONS} random and hostile mutations from every role with a code on every error, and a refused one writes nothing`, async () => {
    const schema = await buildAppSchema();
    const roots = Object.values(schema.getMutationType()!.getFields());
    const random = new Random(20261123);
    const roles = [undefined, Role.READER, Role.MEMBER, Role.EDITOR, Role.EDITOR, Role.ADMIN];
    const codes = new Map<string, number>();
    const statuses = new Map<number, number>();
    const succeeded = new Map<string, number>();
    const problems: string[] = [];
    let baseline = await fingerprint(app);
    for (let n = 0; n < MUTATIONS; n += 1) {
      const field = random.pick(roots);
      const mutation = `mutation { ${fieldSelection(random, schema, field, 1)} }`;
      const responseKey = /^mutation \{ (\w+): /.exec(mutation)?.[1] ?? field.name;
      const as = random.pick(roles);
      const response = await app.query(mutation, undefined, as ? { as } : {});
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      for (const error of response.body.errors ?? []) {
        const code = error.extensions?.code;
        if (!code) problems.push(`no code: ${mutation.slice(0, 300)}`);
        codes.set(code ?? "(none)", (codes.get(code ?? "(none)") ?? 0) + 1);
      }
      if (response.status >= 500) problems.push(`HTTP ${response.status}: ${mutation.slice(0, 300)}`);
      const current = await fingerprint(app);
      // refused: an error at the mutation itself (path [field]) or before it ran (no path); an error deeper in
      // the selection (e.g. a bad `first` on a relation of the result) comes after a completed write
      const refused = response.body.data?.[responseKey] == null && (response.body.errors ?? []).every((error) => (error.path?.length ?? 0) <= 1);
      if (refused) {
        if (current !== baseline) problems.push(`refused but wrote: ${mutation.slice(0, 300)}`);
      } else {
        succeeded.set(field.name, (succeeded.get(field.name) ?? 0) + 1);
      }
      baseline = current;
    }
    console.log(
      `fuzz: ${MUTATIONS} mutations; HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}; errors by code ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}; succeeded ${JSON.stringify(Object.fromEntries(succeeded))}`,
    );
    expect(problems).toEqual([]);
    expect(codes.get("INTERNAL_SERVER_ERROR") ?? 0).toBe(0);
  }, 300_000);
});
