import "reflect-metadata";
import { readConfig } from "../config";
import { connectDatabase } from "../../database/connect";
import { seed } from "../seed/seeder";

/** `npm run seed`: applies migrations and (re)loads the seed data; safe to run any number of times. */
async function main() {
  const database = await connectDatabase(readConfig(), {}, { shareEmbedded: true });
  try {
    await seed(database.orm);
    console.log(`Seed data loaded into ${database.description}.`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
