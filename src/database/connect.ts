import { MikroORM } from "@mikro-orm/postgresql";
import { Client, Pool } from "pg";
import type { DatabaseSettings } from "./database-settings";
import { createOrmConfig, type OrmConfigOverrides } from "./mikro-orm.config";
import { clientTimeouts } from "./client-timeouts";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { createReadPools, type ReadPools, type Visibility } from "./read-pools";
import { primaryPosition } from "./lsn";
import { createReadRouting, type ReadRouting } from "./read-routing";
import { REPLICA_SETTINGS } from "./replica-settings";
import { readSettings } from "../platform/settings";
import { ensureReadRoles } from "./read-roles";

export interface Database {
  orm: MikroORM;
  /** Pools for reads on the primary, one per visibility (the ORM's own pool is for writes and migrations). */
  readPools: ReadPools;
  /** Where each request's reads go: the replicas of DATABASE_READ_URLS, or the primary. */
  routing: ReadRouting;
  /** A few connections for the rate-limit counters (ipo_limits.rate_limit), apart from reads and writes. */
  limitsPool: Pool;
  /** Connection URL of the database in use. */
  url: string;
  /** Where the data lives, password hidden, for the start-up message. */
  description: string;
  /** Closes the ORM's connections and stops the embedded PostgreSQL, if one was started. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * A command run beside a server (export, seed, trust) uses the embedded PostgreSQL that server started, and
   * leaves it running; a server never shares one (the first to stop would stop it under the other).
   */
  shareEmbedded?: boolean;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when none is set, and applies pending
 * migrations. Any failure is one readable error, with whatever was started stopped again.
 */
export async function connectDatabase(
  config: DatabaseSettings,
  overrides: OrmConfigOverrides = {},
  { shareEmbedded = false }: ConnectOptions = {},
): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.embeddedDataDir, { share: shareEmbedded });
  try {
    const url = config.databaseUrl ?? (await ensureDatabase(embedded!.serverUrl, "ipo_graph"));
    const orm = await MikroORM.init(
      createOrmConfig(url, { statementTimeoutMs: config.statementTimeoutMs, connectTimeoutMs: config.connectTimeoutMs, ...overrides }),
    ).catch((error: Error) => {
      throw new Error(`Cannot connect to PostgreSQL at ${redact(url)} (or set up the ORM for it): ${error.message}`);
    });
    const connection = await orm.checkConnection();
    if (!connection.ok) {
      await orm.close(true);
      throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${connection.reason}`);
    }
    await migrateUnderLock(orm, url, config);
    const roleUrls = await ensureReadRoles(url, { secret: config.readRoleSecret });
    const poolOptions = {
      statementTimeoutMs: config.statementTimeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      onQuery: overrides.onQuery,
    };
    const readPools = createReadPools(roleUrls, poolOptions);
    const limitsPool = new Pool({
      connectionString: url,
      max: 4,
      ...clientTimeouts(config),
      options: `-c statement_timeout=${Math.trunc(config.statementTimeoutMs)}`,
    });
    limitsPool.on("error", () => undefined);
    // the read roles exist on the replicas too (physical replication copies them), with the same passwords
    const replicas = (config.readUrls ?? []).map((replicaUrl) => ({
      name: new URL(replicaUrl).host,
      pools: createReadPools(onServer(roleUrls, replicaUrl), poolOptions),
    }));
    const routing = createReadRouting(
      readPools,
      () => primaryPosition(limitsPool),
      replicas,
      config.replicas ?? readSettings(REPLICA_SETTINGS, {}),
    );
    return {
      orm,
      readPools,
      routing,
      limitsPool,
      url,
      description: !embedded
        ? redact(url)
        : embedded.sharedWith
          ? `the embedded PostgreSQL of the server running as pid ${embedded.sharedWith}, data in ${config.embeddedDataDir}`
          : `embedded PostgreSQL, data in ${config.embeddedDataDir}`,
      async close() {
        await routing.close();
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
async function migrateUnderLock(orm: MikroORM, url: string, config: DatabaseSettings): Promise<void> {
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

/** The read roles' URLs, pointed at another server (a replica) and its database. */
function onServer(roleUrls: Record<Visibility, string>, serverUrl: string): Record<Visibility, string> {
  const server = new URL(serverUrl);
  return Object.fromEntries(
    Object.entries(roleUrls).map(([visibility, roleUrl]) => {
      const url = new URL(roleUrl);
      url.host = server.host;
      url.pathname = server.pathname;
      url.search = server.search;
      return [visibility, url.toString()];
    }),
  ) as Record<Visibility, string>;
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
