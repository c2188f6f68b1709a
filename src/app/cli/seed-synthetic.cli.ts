import "reflect-metadata";
import { Client } from "pg";
import { readConfig } from "../config";
import { connectDatabase } from "../../database/connect";
import { seed } from "../seed/seeder";
import { generateSyntheticNetwork } from "../synthetic/synthetic-network";

/** `npm run seed:synthetic -- --scale N [--seed S]`: the real seed data plus a synthetic network N times the base size. */
function parseArgs(argv: string[]): { scale: number; seed: number } {
  const value = (flag: string, fallback: number) => {
    const index = argv.indexOf(flag);
    if (index === -1) return fallback;
    const parsed = Number(argv[index + 1]);
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 1000)
      throw new Error(`${flag} needs a number between 0 and 1000, got "${argv[index + 1]}"`);
    return parsed;
  };
  return { scale: value("--scale", 1), seed: Math.trunc(value("--seed", 42)) };
}

async function main() {
  const { scale, seed: randomSeed } = parseArgs(process.argv.slice(2));
  const database = await connectDatabase(readConfig(), {}, { shareEmbedded: true });
  const client = new Client({ connectionString: database.url });
  try {
    await seed(database.orm);
    await client.connect();
    const startedAt = Date.now();
    const counts = await generateSyntheticNetwork(client, scale, randomSeed);
    console.log(
      `Synthetic network (scale ${scale}, seed ${randomSeed}) loaded in ${Date.now() - startedAt} ms into ${database.description}:`,
      counts,
    );
  } finally {
    await client.end();
    await database.close();
  }
}

main().catch((error) => {
  console.error(`Synthetic seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
