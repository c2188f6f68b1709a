import { readDatabaseSettings, type DatabaseSettings } from "../database/database-settings";
import { readServerSettings, type ServerSettings } from "../server/server-settings";

/**
 * Everything the process reads from its environment, with defaults that work on a fresh clone: the database's
 * settings (database/database-settings.ts) and the server's (server/server-settings.ts, which gathers those of
 * the layers below it). Each setting is declared once, beside what it bounds; this object goes whole to
 * `connectDatabase` and `startHttpServer`.
 */
export interface AppConfig extends DatabaseSettings, ServerSettings {
  /** Seed the database on start when it holds no data yet (SEED_ON_START, default true). */
  seedOnStart: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return { ...readDatabaseSettings(env), ...readServerSettings(env), seedOnStart: env.SEED_ON_START !== "false" };
}
