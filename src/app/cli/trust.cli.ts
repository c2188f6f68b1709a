import "reflect-metadata";
import { readFile } from "node:fs/promises";
import { readConfig } from "../config";
import { connectDatabase } from "../../database/connect";
import { buildClientSchema } from "../../api/build-schema";
import { explorerOperations } from "../../features/operations/explorer-operations";
import { operationProblems, readManifest } from "../../features/operations/operation-manifest";
import { createPersistedOperationStore } from "../../features/operations/persisted-operation-store";

const USAGE = "npm run operations:trust -- <manifest.json> [--replace]";

/**
 * `npm run operations:trust -- manifest.json [--replace]`: trusts the manifest's operations (Apollo's or
 * Relay's format), after checking each against the schema; `--replace` distrusts every other. With
 * TRUSTED_DOCUMENTS=only these are the operations the API runs.
 */
async function main() {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((arg) => arg !== "--replace");
  if (files.length !== 1) throw new Error(`Usage: ${USAGE}`);
  const operations = readManifest(JSON.parse(await readFile(files[0], "utf8")));
  const problems = operationProblems(await buildClientSchema(), operations);
  if (problems.length > 0) throw new Error(`Nothing was trusted; these operations do not fit the schema:\n  ${problems.join("\n  ")}`);
  const config = readConfig();
  const database = await connectDatabase(config, {}, { shareEmbedded: true });
  try {
    const store = createPersistedOperationStore(database.limitsPool, {
      ttlSeconds: config.operations.apqTtlSeconds,
      maxEntries: config.operations.apqMaxEntries,
    });
    // the network explorer ships with the API: replacing the trusted set keeps its operations
    const kept = replace ? explorerOperations() : [];
    const { added, alreadyTrusted, distrusted } = await store.trust([...operations, ...kept], { replace });
    console.log(
      `Trusted ${added} new operation(s), ${alreadyTrusted} already trusted${replace ? `, ${distrusted} no longer trusted; the network explorer's ${kept.length} stay trusted` : ""} (${database.description}).`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
