import { writeFile } from "node:fs/promises";
import path from "node:path";
import { printAppSchema } from "./build-schema";

/** `npm run schema:print`: writes the subgraph SDL to src/schema.graphql. */
async function main() {
  const target = path.join(__dirname, "..", "..", "..", "src", "schema.graphql");
  await writeFile(target, await printAppSchema());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
