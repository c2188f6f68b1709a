import "reflect-metadata";
import { defineConfig, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import path from "node:path";
import { entities } from "./entities";
import { migrationsList } from "../migrations";
import { discardAfterClientTimeout } from "./database/discard-timed-out-connection";

export interface OrmConfigOverrides {
  /** Called with every SQL statement the ORM sends; used to count statements. */
  onQuery?: (sql: string) => void;
  /** PostgreSQL cancels any statement running longer than this (default 5 s). */
  statementTimeoutMs?: number;
  /** The client gives up opening a connection after this long (default 3 s). */
  connectTimeoutMs?: number;
}

/** How long after the server's statement timeout the client itself gives up on a statement (a frozen server never answers). */
export const CLIENT_QUERY_GRACE_MS = 2000;

export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

/** The one MikroORM configuration: the server, the seeder, the CLI and the tests all build on it. */
export function createOrmConfig(clientUrl: string, overrides: OrmConfigOverrides = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      tableName: "mikro_orm_migrations",
      path: path.join(__dirname, "..", "migrations"),
      pathTs: path.join(__dirname, "..", "..", "migrations"),
      emit: "ts",
      migrationsList,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    // the rate-limit counters are rate-limiter-flexible's table, not an entity (migration Migration20261201120000)
    schemaGenerator: { ignoreSchema: ["ipo_limits"] },
    driverOptions: {
      // a PostgreSQL that accepts connections but never answers (frozen, overloaded) is noticed within seconds
      acquireConnectionTimeout: (overrides.connectTimeoutMs ?? 3000) + 1000,
      connection: { connectionTimeoutMillis: overrides.connectTimeoutMs ?? 3000, query_timeout: (overrides.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS) + CLIENT_QUERY_GRACE_MS },
    },
    pool: {
      min: 0,
      max: 10,
      acquireTimeoutMillis: (overrides.connectTimeoutMs ?? 3000) + 1000,
      // every pooled connection gets the statement timeout before its first use
      afterCreate: (connection: { query(sql: string, done: (error: Error | null) => void): void }, done: (error: Error | null, connection: unknown) => void) => {
        discardAfterClientTimeout(connection as never);
        const timeout = Math.trunc(overrides.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS);
        connection.query(`set statement_timeout = ${timeout}`, (error) => done(error, connection));
      },
    },
    debug: overrides.onQuery ? ["query"] : false,
    logger: overrides.onQuery ? (message: string) => overrides.onQuery!(message) : undefined,
    colors: false,
    allowGlobalContext: false,
  });
}

/** Used by the MikroORM CLI (`npm run migration:create`): reads DATABASE_URL. */
export default createOrmConfig(process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/ipo_graph");
