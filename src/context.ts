import type { MikroORM } from "@mikro-orm/postgresql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Loaders } from "./loaders/loaders";
import { createSqlRunner, type SqlRunner } from "./loaders/sql-runner";
import { Tables } from "./loaders/tables";

/** What every resolver gets: its own entity manager fork, SQL runner and loaders, for this request only. */
export interface AppContext {
  em: EntityManager;
  sql: SqlRunner;
  loaders: Loaders;
  tables: Tables;
}

/** Long-lived pieces the per-request context is made from. */
export interface ContextFactoryDeps {
  orm: MikroORM;
  tables: Tables;
  batchLoads: boolean;
}

export function createContextDeps(orm: MikroORM, { batchLoads = true } = {}): ContextFactoryDeps {
  return { orm, tables: new Tables(orm.getMetadata()), batchLoads };
}

/** The one way to build a request context; the HTTP server, the gateway tests and the scripts use it. */
export function createContext({ orm, tables, batchLoads }: ContextFactoryDeps): AppContext {
  const em = orm.em.fork();
  const sql = createSqlRunner(em);
  return { em, sql, tables, loaders: new Loaders(sql, tables, { batch: batchLoads }) };
}
