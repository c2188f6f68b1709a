// Bundles the browser assets the API serves itself (no CDN): GraphiQL with Monaco's workers, and the
// network explorer. The explorer's GraphQL documents are checked against the client schema here, and
// written as a persisted query manifest (for `npm run operations:trust` under TRUSTED_DOCUMENTS=only).
import { build } from "esbuild";
import { buildSchema, isEnumType, parse, validate } from "graphql";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.join(root, "..");
const dist = path.join(projectRoot, "dist", "web");

const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  legalComments: "linked",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

async function buildGraphiql() {
  const out = path.join(dist, "graphiql");
  await mkdir(out, { recursive: true });
  await build({
    ...common,
    entryPoints: {
      main: "web/graphiql/main.tsx",
      "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
      "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
      "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
    },
    outdir: path.join(out, "assets"),
    jsx: "automatic",
    loader: { ".ttf": "file" },
  });
  await copyFile(path.join(root, "graphiql", "index.html"), path.join(out, "index.html"));
}

/** The enums of the client schema, for the explorer's filters and labels. */
function schemaEnums(schema) {
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter((type) => isEnumType(type) && !type.name.startsWith("__"))
      .map((type) => [type.name, type.getValues().map((value) => ({ value: value.name, description: value.description ?? null }))]),
  );
}

/** Every exported document of web/explore/operations.ts, validated against the schema: a broken one fails the build. */
async function explorerOperations(schema) {
  const compiled = await build({
    ...common,
    entryPoints: ["web/explore/operations.ts"],
    format: "esm",
    minify: false,
    write: false,
    legalComments: "none",
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString("base64")}`);
  return Object.values(module).map((body) => {
    const document = parse(body);
    const errors = validate(schema, document);
    if (errors.length) throw new Error(`web/explore/operations.ts: ${errors.map((error) => error.message).join("; ")}\n${body}`);
    const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition");
    return { id: createHash("sha256").update(body).digest("hex"), name: operation.name.value, type: operation.operation, body };
  });
}

/** The explorer names every value of each enum it shows: a value the schema gains must get its names. */
async function checkEnumLabels(schema) {
  const compiled = await build({
    ...common,
    entryPoints: ["web/explore/enum-labels.ts"],
    format: "esm",
    minify: false,
    write: false,
    legalComments: "none",
  });
  const { ENUM_LABELS } = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString("base64")}`);
  for (const [name, labels] of Object.entries(ENUM_LABELS)) {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`web/explore/enum-labels.ts: ${name} is not an enum of the schema`);
    const values = type
      .getValues()
      .map((value) => value.name)
      .sort()
      .join(", ");
    const named = Object.keys(labels).sort().join(", ");
    if (values !== named) throw new Error(`web/explore/enum-labels.ts: ${name} names ${named}; the schema has ${values}`);
  }
}

async function buildExplorer() {
  const out = path.join(dist, "explore");
  await mkdir(path.join(out, "assets"), { recursive: true });
  const schema = buildSchema(await readFile(path.join(projectRoot, "src", "schema.client.graphql"), "utf8"));
  const operations = await explorerOperations(schema);
  await checkEnumLabels(schema);
  await build({
    ...common,
    entryPoints: { main: "web/explore/main.ts" },
    outdir: path.join(out, "assets"),
    define: {
      ...common.define,
      SCHEMA_ENUMS: JSON.stringify(schemaEnums(schema)),
      OPERATION_HASHES: JSON.stringify(Object.fromEntries(operations.map((operation) => [operation.name, operation.id]))),
    },
  });
  await copyFile(path.join(root, "explore", "index.html"), path.join(out, "index.html"));
  await copyFile(path.join(root, "explore", "explore.css"), path.join(out, "assets", "explore.css"));
  await writeFile(
    path.join(out, "persisted-query-manifest.json"),
    JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations }, null, 2),
  );
}

await Promise.all([buildGraphiql(), buildExplorer()]);
// what tools/build-changed.mjs compares the sources with
await writeFile(path.join(dist, ".built"), new Date().toISOString());
