import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, Kind, type OperationDefinitionNode } from "graphql";
import { Role } from "../src/model/viewer";
import { startTestApp, type TestApp } from "./support/test-app";

/** The README's GraphQL blocks, then docs/queries.md's: the documents a reader tries first, in reading order. */
const PAGES = ["README.md", "docs/queries.md"].map((page) => readFileSync(path.join(__dirname, "..", page), "utf8"));
const BLOCKS = PAGES.flatMap((page) => [...page.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!));

/** The role a block's first comment names (`# as an editor`), or anonymous. */
function roleOf(block: string): Role | undefined {
  const comment = /^#\s*as an? (\w+)/m.exec(block.trimStart().split("\n")[0] ?? "");
  return comment ? (Role[comment[1]!.toUpperCase() as keyof typeof Role] ?? undefined) : undefined;
}

/** Every field value of an answer by field name, first occurrence first (depth-first). */
function valuesOf(data: unknown, into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(data)) for (const item of data) valuesOf(item, into);
  else if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (value === null || typeof value !== "object") {
        if (!into.has(key)) into.set(key, value);
      } else valuesOf(value, into);
    }
  }
  return into;
}

describe("every GraphQL block of the README and docs/queries.md runs as written", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it(`${BLOCKS.length} blocks, one operation each, in order, without errors`, async () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(9);
    const answers: Array<Map<string, unknown>> = [];
    for (const block of BLOCKS) {
      const operations = parse(block).definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect({ block, operations: operations.length }).toEqual({ block, operations: 1 });
      const variables: Record<string, unknown> = {};
      for (const definition of operations[0]!.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        const source = [...answers].reverse().find((answer) => answer.has(name));
        // an optional variable (a cursor) may be left out: the first page
        if (!source && definition.type.kind !== Kind.NON_NULL_TYPE) continue;
        expect({ block, variable: name, found: source !== undefined }).toEqual({ block, variable: name, found: true });
        variables[name] = source!.get(name);
      }
      const role = roleOf(block);
      const { body } = await app.query(block, variables, role ? { as: role } : {});
      expect({ block, errors: body.errors }).toEqual({ block, errors: undefined });
      if (operations[0]!.name?.value === "Edit") {
        // the first edit really changes something: the next version; the same edit again is a CONFLICT
        expect(body.data.updateInstitution.version).toBe(Number(variables.version) + 1);
        const again = await app.query(block, variables, { as: roleOf(block) });
        expect(again.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      }
      answers.push(valuesOf(body.data));
    }
  });
});
