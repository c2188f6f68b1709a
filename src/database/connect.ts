import { MikroORM } from "@mikro-orm/postgresql";
import { Client, Pool } from "pg";
import type { AppConfig } from "../config";
import { createOrmConfig, type OrmConfigOverrides } from "../mikro-orm.config";
import { clientTimeouts } from "./client-timeouts";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { createReadPools, type ReadPools } from "./read-pools";
import { ensureReadRoles } from "./read-roles";

export interface Database {
  orm: MikroORM;
  /** Pools for reads, one per visibility (the ORM's own pool is for writes and migrations). */
  readPools: ReadPools;
  /** A few connections for the rate-limit counters (ipo_limits.rate_limit), apart from reads and writes. */
  limitsPool: Pool;
  /** Connection URL of the database in use. */
  url: string;
  /** Where the data lives, password hidden, for the start-up message. */
  description: string;
  /** Closes the ORM's connections and stops the embedded PostgreSQL, if one was started. */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when none is set, and applies pending
 * migrations. Any failure is one readable error, with whatever was started stopped again.
 */
export async function connectDatabase(config: AppConfig, overrides: OrmConfigOverrides = {}): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.embeddedDataDir);
  try {
    const url = config.databaseUrl ?? (await ensureDatabase(embedded!.serverUrl, "ipo_graph"));
    const orm = await MikroORM.init(createOrmConfig(url, { statementTimeoutMs: config.statementTimeoutMs, connectTimeoutMs: config.connectTimeoutMs, ...overrides })).catch((error: Error) => {
      throw new Error(`Cannot connect to PostgreSQL at ${redact(url)} (or set up the ORM for it): ${error.message}`);
    });
    const connection = await orm.checkConnection();
    if (!connection.ok) {
      await orm.close(true);
      throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${connection.reason}`);
    }
    await migrateUnderLock(orm, url, config);
    const readPools = createReadPools(await ensureReadRoles(url, { secret: config.readRoleSecret }), { statementTimeoutMs: config.statementTimeoutMs, connectTimeoutMs: config.connectTimeoutMs, onQuery: overrides.onQuery });
    const limitsPool = new Pool({ connectionString: url, max: 4, ...clientTimeouts(config), options: `-c statement_timeout=${Math.trunc(config.statementTimeoutMs)}` });
    limitsPool.on("error", () => undefined);
    return {
      orm,
      readPools,
      limitsPool,
      url,
      description: embedded ? `embedded PostgreSQL, data in ${config.embeddedDataDir}` : redact(url),
      async close() {
        await readPools.close();
        await limitsPool.end();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * Applies pending migrations while holding an advisory lock, so that replicas starting together migrate
 * once: the others wait for the lock, then find nothing left to apply.
 */
async function migrateUnderLock(orm: MikroORM, url: string, config: AppConfig): Promise<void> {
  // no query timeout: waiting for another replica's migrations is the point
  const lock = new Client({ connectionString: url, connectionTimeoutMillis: config.connectTimeoutMs });
  lock.on("error", () => undefined);
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('ipo_graph.migrations'))`);
    await orm.getMigrator().up();
  } finally {
    await lock.query(`select pg_advisory_unlock(hashtext('ipo_graph.migrations'))`).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
