import { createHash } from "node:crypto";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from "graphql";
import { Role } from "../src/model/viewer";
import { entities } from "../src/catalogue/entities";
import { preparedStatementCount } from "../src/sql/sql-runner";
import { buildAppSchema } from "../src/api/build-schema";
import { Random } from "../src/app/synthetic/prng";
import { startTestApp, type GraphQLResponse, type TestApp } from "./support/test-app";
import { NODE_TYPE_NAMES, type NodeTypeName } from "../src/catalogue/node-types";

const QUERIES = 5_000;
const CONCURRENCY = 8;
const MUTATIONS = 1_500;
/** How often a generated value is hostile instead of valid (wrong, huge, NUL, injection, forged). */
const HOSTILE = 0.08;

const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(10_001),
  "'; drop table person; --",
  "%_\\",
  "ziekenhuis:* & | ! <->",
  "👩‍⚕️ patiënt Ærø 中文",
  "\u0000\u0001",
  "\ud800 half",
  "\u200b\u200d",
  "<img src=x onerror=alert(1)>",
  "SW5zdGl0dXRpb246NQ",
  Buffer.from("Person:-1").toString("base64url"),
  Buffer.from("offset:99999999").toString("base64url"),
];
const HOSTILE_INTS = [-1, 0, 101, 1001, 2147483647, -2147483648];
const WORDS = [
  "samen",
  "leren",
  "zorg",
  "overdracht",
  "huisarts",
  "ouderen",
  "palliatief",
  "netwerk",
  "aios",
  "transmuraal",
  "Leiden",
  "dementie",
];

/** What a `...Id` argument or input field names, by its name without `Id`. */
const ID_TARGETS: Record<string, NodeTypeName | "any"> = {
  node: "any",
  id: "any",
  institution: "Institution",
  parent: "Institution",
  partOf: "Institution",
  owner: "Institution",
  experiment: "Experiment",
  relatedExperiment: "Experiment",
  person: "Person",
  contact: "Person",
  specialty: "Specialty",
  profession: "Specialty",
  region: "Region",
  programme: "Programme",
  careTransition: "CareTransition",
  from: "any",
  to: "any",
};

/** What exists, as the API reports it to an editor: ids and slugs per type, submissions waiting, nodes the fuzz archived, links it made. */
interface World {
  ids: Map<NodeTypeName, string[]>;
  slugs: Map<NodeTypeName, string[]>;
  submitted: string[];
  archived: string[];
  links: Map<string, Array<Record<string, unknown>>>;
  /** Cursors the lists handed out (keyset cursors belong to one list and order; given to another, they are refused). */
  cursors: string[];
}

const typeOfId = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[0] as NodeTypeName;
const pkOfId = (id: string) => Number(Buffer.from(id, "base64url").toString("utf8").split(":")[1]);

class Generator {
  constructor(
    private readonly random: Random,
    private readonly schema: GraphQLSchema,
    private readonly world: World,
  ) {}

  anyId(type: NodeTypeName | "any"): string {
    const types = type === "any" ? NODE_TYPE_NAMES.filter((t) => (this.world.ids.get(t) ?? []).length > 0) : [type];
    const ids = this.world.ids.get(this.random.pick(types)) ?? [];
    return ids.length ? this.random.pick(ids) : "bm9uZQ";
  }

  private idFor(name: string, returnType?: GraphQLNamedType): string | string[] {
    if (name === "ids") return Array.from({ length: 1 + this.random.int(4) }, () => this.anyId("any"));
    const base =
      name === "id" && returnType && (NODE_TYPE_NAMES as readonly string[]).includes(returnType.name)
        ? (returnType.name as NodeTypeName)
        : (ID_TARGETS[name.replace(/Id$/, "")] ?? "any");
    return this.anyId(base);
  }

  private int(name: string): number {
    if (this.random.next() < HOSTILE) return this.random.pick(HOSTILE_INTS);
    if (name === "first") return this.random.pick([0, 1, 2, 3, 5]);
    if (/depth/i.test(name)) return 1 + this.random.int(3);
    if (/max(Nodes|Edges)/.test(name)) return this.random.pick([1, 10, 50]);
    if (/Year/.test(name)) return 2015 + this.random.int(15);
    if (name === "number") return 100 + this.random.int(100_000);
    if (/Min|Max|count|sequence|reach|minimum|minWeight/i.test(name)) return 1 + this.random.int(12);
    return this.random.int(5);
  }

  private text(name: string): string {
    if (this.random.next() < HOSTILE) return this.random.pick(HOSTILE_STRINGS);
    const words = Array.from({ length: 1 + this.random.int(5) }, () => this.random.pick(WORDS)).join(" ");
    if (name === "slug")
      return this.random.next() < 0.5 ? this.random.pick([...this.world.slugs.values()].flat()) : `fuzz-${this.random.int(1e9)}`;
    if (name === "after")
      return this.random.next() < 0.1
        ? Buffer.from(`offset:${this.random.int(30)}`).toString("base64url")
        : this.random.pick(this.world.cursors);
    if (name === "query") return this.random.pick(WORDS).slice(0, 3 + this.random.int(6));
    if (/email$/i.test(name)) return `fuzz${this.random.int(1e6)}@example.nl`;
    if (name === "emailDomain") return "example.nl";
    if (/Date$/.test(name)) return `20${20 + this.random.int(9)}-0${1 + this.random.int(9)}-1${this.random.int(9)}`;
    if (name === "code") return `IPO-FZ${this.random.int(1e9)}`;
    return `Fuzz ${words} ${this.random.int(1e6)}`;
  }

  /** A JSON value for an input type, valid but for the hostile fraction. */
  value(type: GraphQLInputType, name: string, returnType?: GraphQLNamedType, depth = 0): unknown {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const named = getNamedType(nullable);
      if (named.name === "ID") return this.idFor(name);
      if (named.name === "_Any")
        return Array.from({ length: 1 + this.random.int(3) }, () => {
          const id = this.anyId("any");
          return { __typename: typeOfId(id), id };
        });
      const items = Array.from({ length: this.random.int(3) }, () => this.value(nullable.ofType, name, returnType, depth + 1));
      return isEnumType(named) ? [...new Set(items)] : items;
    }
    if (isEnumType(nullable)) return this.random.pick(nullable.getValues()).value;
    if (isInputObjectType(nullable)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        if (isNonNullType(field.type) || (depth < 2 && this.random.next() < 0.3))
          result[field.name] = this.value(field.type, field.name, undefined, depth + 1);
      }
      return result;
    }
    switch (nullable.name) {
      case "ID":
        return this.random.next() < HOSTILE ? this.random.pick(HOSTILE_STRINGS) : this.idFor(name, returnType);
      case "Int":
        return this.int(name);
      case "Float":
        return this.random.next() * 10;
      case "Boolean":
        return this.random.next() < 0.5;
      default:
        return this.text(name);
    }
  }

  /** Arguments of a field as variables: required ones always, optional ones sometimes. */
  arguments(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, types: string[]): string {
    const parts: string[] = [];
    // lookups take exactly one of `id` and `slug`
    const isLookup = field.args.some((a) => a.name === "id") && field.args.some((a) => a.name === "slug");
    const lookupBy = this.random.next() < 0.5 ? "id" : "slug";
    for (const argument of field.args) {
      if (isLookup && (argument.name === "id" || argument.name === "slug")) {
        if (argument.name !== lookupBy) continue;
      } else if (!isNonNullType(argument.type) && this.random.next() > 0.4) continue;
      const variable = `v${Object.keys(variables).length}`;
      variables[variable] = this.value(argument.type, argument.name, getNamedType(field.type));
      types.push(`$${variable}: ${argument.type.toString()}`);
      parts.push(`${argument.name}: $${variable}`);
    }
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  selection(type: GraphQLNamedType, depth: number, variables: Record<string, unknown>, types: string[]): string {
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema
        .getPossibleTypes(type)
        .filter(() => this.random.next() < 0.3)
        .slice(0, 2);
      return `{ __typename ${isInterfaceType(type) && "id" in type.getFields() ? "id " : ""}${possible.map((object) => `... on ${object.name} ${this.selection(object, depth, variables, types)}`).join(" ")} }`;
    }
    if (!isObjectType(type)) return "";
    const fields = Object.values(type.getFields()).filter(
      (field) => !field.name.startsWith("_") && (depth < 3 || !isObjectType(getNamedType(field.type))),
    );
    // a type with objects only (a group: its key and figures) past the depth where objects stop
    if (fields.length === 0) return "{ __typename }";
    const chosen = fields.filter(() => this.random.next() < 0.3).slice(0, 5);
    if ("id" in type.getFields()) chosen.unshift(type.getFields().id!);
    if (chosen.length === 0) chosen.push(this.random.pick(fields));
    const parts = chosen.map(
      (field) =>
        `${field.name}${this.arguments(field, variables, types)} ${this.selection(getNamedType(field.type), depth + 1, variables, types)}`,
    );
    return `{ ${parts.join(" ")} }`;
  }

  /** A mutation's answer: its id and a few plain fields, so that what was written is known exactly. */
  private answerSelection(type: GraphQLNamedType): string {
    if (!isObjectType(type)) return "";
    const plain = Object.values(type.getFields()).filter(
      (field) =>
        field.args.length === 0 &&
        !isObjectType(getNamedType(field.type)) &&
        !isInterfaceType(getNamedType(field.type)) &&
        !isUnionType(getNamedType(field.type)),
    );
    return `{ __typename ${plain
      .filter((field) => field.name === "id" || field.name === "version" || this.random.next() < 0.3)
      .map((field) => field.name)
      .join(" ")} }`;
  }

  operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
    const variables: Record<string, unknown> = {};
    const types: string[] = [];
    const selection =
      kind === "mutation" ? this.answerSelection(getNamedType(field.type)) : this.selection(getNamedType(field.type), 1, variables, types);
    const body = `${field.name}${this.arguments(field, variables, types)} ${selection}`;
    return { query: `${kind}${types.length ? `(${types.join(", ")})` : ""} { ${body} }`, variables };
  }
}

/** The rows of every entity table, hashed: reads must leave it as it was. */
async function snapshot(app: TestApp): Promise<string> {
  const hash = createHash("sha256");
  for (const entity of entities) {
    const table = app.orm.getMetadata().get(entity.name).tableName;
    hash.update(JSON.stringify(await app.orm.em.getConnection().execute(`select * from "${table}" order by pk`)));
  }
  return hash.digest("hex");
}

/** One cheap statement that changes whenever any row of any table does. */
async function fingerprint(app: TestApp): Promise<string> {
  const parts = entities.map((entity) => {
    const table = app.orm.getMetadata().get(entity.name).tableName;
    return `select '${table}:' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) as part from "public"."${table}" t`;
  });
  const [row] = await app.orm.em
    .getConnection()
    .execute<Array<{ print: string }>>(`select string_agg(part, ',') as print from (${parts.join(" union all ")}) p`);
  return row.print;
}

async function readWorld(app: TestApp, schema: GraphQLSchema): Promise<World> {
  const world: World = { ids: new Map(), slugs: new Map(), submitted: [], archived: [], links: new Map(), cursors: [] };
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const nodeType = getNamedType(field.type).name.replace(/Connection$/, "");
    if (!field.args.some((a) => a.name === "after") || !(NODE_TYPE_NAMES as readonly string[]).includes(nodeType)) continue;
    const { body } = await app.query(`{ list: ${field.name}(first: 100) { edges { cursor node { id slug } } } }`, undefined, {
      as: Role.EDITOR,
    });
    const edges = (body.data?.list?.edges ?? []) as Array<{ cursor: string; node: { id: string; slug: string } }>;
    const nodes = edges.map((edge) => edge.node);
    world.cursors.push(...edges.filter((_, index) => index % 10 === 0).map((edge) => edge.cursor));
    world.ids.set(
      nodeType as NodeTypeName,
      nodes.map((n) => n.id),
    );
    world.slugs.set(
      nodeType as NodeTypeName,
      nodes.map((n) => n.slug),
    );
  }
  return world;
}

/** Counts keyed by label, sorted, for the report. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, by = 1) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  get(key: string) {
    return this.counts.get(key) ?? 0;
  }
  total() {
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }
  toString() {
    return JSON.stringify(Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1])));
  }
  /** Sorted by key: two tallies of the same things compare equal. */
  canonical() {
    return JSON.stringify([...this.counts].sort((a, b) => a[0].localeCompare(b[0])));
  }
}

const ROLES = [undefined, Role.READER, Role.MEMBER, Role.EDITOR, Role.ADMIN];

describe("fuzzing with schema-valid generated operations, as every role", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    app = await startTestApp();
    schema = await buildAppSchema();
  });
  afterAll(() => app.close());

  it(`${QUERIES} generated queries: no 5xx, a code on every error, most reach the resolvers, no data changes`, async () => {
    const world = await readWorld(app, schema);
    const random = new Random(20261201);
    const generator = new Generator(random, schema, world);
    const roots = Object.values(schema.getQueryType()!.getFields()).filter(
      (field) => !field.name.startsWith("_") || field.name === "_entities",
    );
    const operations = Array.from({ length: QUERIES }, () => ({
      ...generator.operation("query", random.pick(roots)),
      as: random.pick(ROLES),
    }));
    const before = await snapshot(app);
    const statuses = new Tally();
    const codes = new Tally();
    const problems: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < operations.length) {
        const { query, variables, as } = operations[next++]!;
        const response = await app.query(query, variables, as ? { as } : {});
        statuses.add(String(response.status));
        if (response.status >= 500) problems.push(`HTTP ${response.status}: ${query.slice(0, 300)}`);
        for (const error of response.body.errors ?? []) {
          codes.add(error.extensions?.code ?? "(none)");
          if (!error.extensions?.code || error.extensions.code === "INTERNAL_SERVER_ERROR")
            problems.push(`${error.extensions?.code ?? "no code"}: ${error.message} in ${query.slice(0, 300)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const executed = statuses.get("200") / QUERIES;
    console.log(
      `fuzz queries: ${QUERIES} operations, ${(executed * 100).toFixed(1)}% passed validation and limits and ran resolvers (HTTP 200); statuses ${statuses}; errors by code ${codes}`,
    );
    expect(problems).toEqual([]);
    expect(executed).toBeGreaterThanOrEqual(0.8);
    // 5,000 different operations: the statements prepared on every read connection stay bounded
    console.log(`fuzz queries: ${preparedStatementCount()} read statements prepared`);
    expect(preparedStatementCount()).toBeLessThanOrEqual(64);
    expect(await snapshot(app)).toBe(before);
  }, 300_000);

  it(`${MUTATIONS} generated mutations that mostly succeed: refused ones write nothing, and the audit trail matches the acknowledged writes one to one`, async () => {
    const world = await readWorld(app, schema);
    const random = new Random(20261202);
    const generator = new Generator(random, schema, world);
    const mutationFields = Object.values(schema.getMutationType()!.getFields());
    const byName = new Map(mutationFields.map((field) => [field.name, field]));
    const [{ maxPk }] = await app.orm.em
      .getConnection()
      .execute<Array<{ maxPk: number }>>(`select coalesce(max(pk), 0) as "maxPk" from audit_event`);
    const statuses = new Tally();
    const codes = new Tally();
    const acknowledged = new Tally();
    const expectedEvents = new Tally();
    const problems: string[] = [];
    let baseline = await fingerprint(app);
    let noOpUpdates = 0;

    // archived nodes are in no read: their version is what the archive answered
    const archivedVersions = new Map<string, number>();
    const versionOf = async (id: string): Promise<number> => {
      if (archivedVersions.has(id)) return archivedVersions.get(id)!;
      const { body } = await app.query(
        `query($id: ID!) { node(id: $id) { ... on ${typeOfId(id)} { version } } }`,
        { id },
        { as: Role.EDITOR },
      );
      return body.data?.node?.version ?? 1;
    };

    for (let n = 0; n < MUTATIONS; n += 1) {
      const field = random.pick(mutationFields);
      const { query, variables } = generator.operation("mutation", field);
      // ids and versions that make the write possible: the node it names, at its current version
      const target = /^(update|archive)/.test(field.name)
        ? field.name === "archive"
          ? generator.anyId("any")
          : generator.anyId(field.name.replace(/^update/, "") as NodeTypeName)
        : field.name === "restore"
          ? world.archived.length
            ? random.pick(world.archived)
            : undefined
          : /^(publish|reject)$/.test(field.name)
            ? world.submitted.length
              ? random.pick(world.submitted)
              : undefined
            : undefined;
      const idVariable = Object.keys(variables).find((key) => query.includes(`id: $${key}`) && !query.includes(`Id: $${key}`));
      if (target && idVariable) variables[idVariable] = target;
      const versionVariable = Object.keys(variables).find((key) => query.includes(`expectedVersion: $${key}`));
      if (versionVariable && idVariable && random.next() > HOSTILE)
        variables[versionVariable] = await versionOf(String(variables[idVariable]));
      const unlinkOf = field.name.replace(/^unlink/, "link");
      const inputVariable = Object.keys(variables).find((key) => query.includes(`input: $${key}`));
      if (field.name.startsWith("unlink") && inputVariable && world.links.get(unlinkOf)?.length && random.next() < 0.7)
        variables[inputVariable] = world.links.get(unlinkOf)!.pop();
      const as = random.next() < 0.7 ? Role.EDITOR : random.pick(ROLES);

      const response: GraphQLResponse = await app.query(query, variables, as ? { as } : {});
      statuses.add(String(response.status));
      if (response.status >= 500) problems.push(`HTTP ${response.status}: ${query.slice(0, 300)}`);
      for (const error of response.body.errors ?? []) {
        codes.add(error.extensions?.code ?? "(none)");
        if (!error.extensions?.code || error.extensions.code === "INTERNAL_SERVER_ERROR")
          problems.push(`${error.extensions?.code ?? "no code"}: ${error.message} in ${query.slice(0, 300)}`);
      }
      const result = response.body.data?.[field.name];
      // refused: an error at the mutation itself or before it ran; an error deeper in the selection comes after a completed write
      const refused = result == null && (response.body.errors ?? []).every((error) => (error.path?.length ?? 0) <= 1);
      const current = await fingerprint(app);
      if (refused && current !== baseline) problems.push(`refused but wrote: ${query.slice(0, 300)}`);
      const wroteNothing = current === baseline;
      baseline = current;
      if (refused) continue;

      acknowledged.add(field.name);
      const input = inputVariable ? (variables[inputVariable] as Record<string, unknown>) : {};
      if (field.name.startsWith("link") || field.name.startsWith("unlink")) {
        const ends = Object.entries(input).filter(([key, value]) => key.endsWith("Id") && typeof value === "string") as Array<
          [string, string]
        >;
        for (const [, id] of ends) expectedEvents.add(`${typeOfId(id)}:${pkOfId(id)}:${field.name.startsWith("link") ? "LINK" : "UNLINK"}`);
        if (field.name.startsWith("link")) world.links.set(field.name, [...(world.links.get(field.name) ?? []), input]);
        continue;
      }
      const id = (result as { id?: string }).id!;
      const action =
        field.name === "submitInitiative"
          ? "SUBMIT"
          : field.name.startsWith("create")
            ? "CREATE"
            : field.name.startsWith("update")
              ? "UPDATE"
              : field.name.toUpperCase();
      // an update to the values there already were changes nothing and is not audited
      if (action === "UPDATE" && wroteNothing) {
        noOpUpdates += 1;
        continue;
      }
      expectedEvents.add(`${typeOfId(id)}:${pkOfId(id)}:${action}`);
      const ids = world.ids.get(typeOfId(id)) ?? [];
      if (action === "CREATE") world.ids.set(typeOfId(id), [...ids, id]);
      if (action === "SUBMIT") world.submitted.push(id);
      if (action === "PUBLISH" || action === "REJECT") world.submitted.splice(world.submitted.indexOf(id), 1);
      if (action === "PUBLISH") world.ids.set("Experiment", [...(world.ids.get("Experiment") ?? []), id]);
      if (action === "ARCHIVE") {
        world.archived.push(id);
        archivedVersions.set(id, (result as { version: number }).version);
        world.ids.set(
          typeOfId(id),
          ids.filter((other) => other !== id),
        );
      }
      if (action === "RESTORE") {
        world.archived.splice(world.archived.indexOf(id), 1);
        archivedVersions.delete(id);
        world.ids.set(typeOfId(id), [...ids, id]);
      }
      expect(byName.has(field.name)).toBe(true);
    }

    const rows = await app.orm.em
      .getConnection()
      .execute<Array<{ key: string; n: number }>>(
        `select node_type || ':' || node_pk || ':' || action as key, count(*)::int as n from audit_event where pk > ? group by 1`,
        [maxPk],
      );
    const actual = new Tally();
    for (const row of rows) actual.add(row.key, row.n);
    const writes = [...["create", "update", "link", "unlink", "archive", "restore", "submitInitiative", "publish", "reject"]].map(
      (prefix) =>
        `${prefix} ${mutationFields.filter((f) => f.name.startsWith(prefix)).reduce((sum, f) => sum + acknowledged.get(f.name), 0)}`,
    );
    console.log(
      `fuzz mutations: ${MUTATIONS} operations; statuses ${statuses}; errors by code ${codes}; acknowledged writes: ${writes.join(", ")}; audit events expected ${expectedEvents.total()}, found ${actual.total()}; updates that changed nothing (no event) ${noOpUpdates}`,
    );
    expect(problems).toEqual([]);
    expect(actual.canonical()).toBe(expectedEvents.canonical());
    // the writes that matter succeeded, not only the easy ones
    for (const prefix of ["update", "link", "unlink", "archive", "restore", "publish", "reject"]) {
      expect(mutationFields.filter((f) => f.name.startsWith(prefix)).reduce((sum, f) => sum + acknowledged.get(f.name), 0)).toBeGreaterThan(
        0,
      );
    }
  }, 600_000);
});
