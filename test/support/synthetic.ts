import { Client } from "pg";
import { generateSyntheticNetwork, type SyntheticCounts } from "../../src/app/synthetic/synthetic-network";

/** Adds a synthetic network of the given scale to a test database (next to its seed data). */
export async function addSyntheticNetwork(databaseUrl: string, scale: number, seed = 42): Promise<SyntheticCounts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await generateSyntheticNetwork(client, scale, seed);
  } finally {
    await client.end();
  }
}
