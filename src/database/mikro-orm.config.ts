import "reflect-metadata";
import { defineConfig, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import path from "node:path";
import { ENTITY_DISCOVERY } from "../catalogue/entity-metadata";
import { migrationsList } from "../../migrations";
import { clientTimeouts, DEFAULT_STATEMENT_TIMEOUT_MS } from "./client-timeouts";
import { discardAfterClientTimeout } from "./discard-timed-out-connection";

export interface OrmConfigOverrides {
  /** Called with every SQL statement the ORM sends; used to count statements. */
  onQuery?: (sql: string) => void;
  /** PostgreSQL cancels any statement running longer than this (default 5 s). */
  statementTimeoutMs?: number;
  /** The client gives up opening a connection after this long (default 3 s). */
  connectTimeoutMs?: number;
}

export { DEFAULT_STATEMENT_TIMEOUT_MS };

/** The one MikroORM configuration: the server, the seeder, the CLI and the tests all build on it. */
export function createOrmConfig(clientUrl: string, overrides: OrmConfigOverrides = {}): Options {
  const timeouts = clientTimeouts(overrides);
  return defineConfig({
    clientUrl,
    ...ENTITY_DISCOVERY,
    entities: [...ENTITY_DISCOVERY.entities],
    extensions: [Migrator],
    migrations: {
      tableName: "mikro_orm_migrations",
      path: path.join(__dirname, "..", "..", "migrations"),
      pathTs: path.join(__dirname, "..", "..", "..", "migrations"),
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
      acquireConnectionTimeout: timeouts.connectionTimeoutMillis + 1000,
      connection: timeouts,
    },
    pool: {
      min: 0,
      max: 10,
      acquireTimeoutMillis: timeouts.connectionTimeoutMillis + 1000,
      // every pooled connection gets the statement timeout before its first use
      afterCreate: (
        connection: { query(sql: string, done: (error: Error | null) => void): void },
        done: (error: Error | null, connection: unknown) => void,
      ) => {
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

/** Used by the MikroORM CLI, if anyone runs it by hand: reads DATABASE_URL. */
export default createOrmConfig(process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/ipo_graph");
