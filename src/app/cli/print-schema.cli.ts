import { writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../../platform/project-root";
import { printAppSchema, printClientSchema } from "../../api/build-schema";

const SOURCE = path.join(PROJECT_ROOT, "src");

/** `npm run schema:print`: writes the subgraph SDL to src/schema.graphql and the client SDL to src/schema.client.graphql. */
async function main() {
  for (const [file, print] of [
    ["schema.graphql", printAppSchema],
    ["schema.client.graphql", printClientSchema],
  ] as const) {
    const target = path.join(SOURCE, file);
    await writeFile(target, await print());
    console.log(`Wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
