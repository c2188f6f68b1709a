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
import { entities } from "../src/entities";
import { buildAppSchema } from "../src/schema/build-schema";
import { Random } from "../src/synthetic/prng";
import { startTestApp, type TestApp } from "./support/test-app";

const OPERATIONS = 10_000;
const CONCURRENCY = 8;

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
    const fields = Object.values(nullable.getFields()).filter(() => random.next() < 0.5);
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
});
