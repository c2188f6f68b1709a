import type { MikroORM } from "@mikro-orm/postgresql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ANONYMOUS, type Viewer } from "../model/viewer";
import { visibilityOf, type ReadPools } from "../database/read-pools";
import type { ReadNeeds, ReadRouting } from "../database/read-routing";
import { Loaders } from "../sql/loaders";
import { Projection } from "../sql/projection";
import { createSqlRunner, DEFAULT_SLOW_STATEMENT_MS, type SqlRunner } from "../sql/sql-runner";
import { Tables } from "../catalogue/tables";
import { type Client, type CostRecord, type RequestRecord } from "./request-record";

/** What every resolver gets: its own entity manager fork, SQL runner and loaders, for this request only. */
export interface AppContext {
  /** For writes; reads go through `sql` and the loaders, which see only what the viewer may see. */
  em: EntityManager;
  sql: SqlRunner;
  loaders: Loaders;
  tables: Tables;
  /** The fields this request asks for per type; loaders select only those columns. */
  projection: Projection;
  /** Who is asking (from the bearer token). */
  viewer: Viewer;
  /** Whose budgets the request spends (rate limits): the token's subject, else the address. */
  client: Client;
  /** What the request log and the metrics will say of this request (set by the HTTP server). */
  record?: RequestRecord;
  /** The request's estimated cost and the budget it spends (HTTP requests; reported in `extensions.cost`). */
  cost?: CostRecord;
  /** Where the nodes' IRIs live (PUBLIC_BASE_URL). */
  links: PublicLinks;
  /** What this request's reads need (the primary for a mutation, a replayed commit position), set before the
   * first read, and where they went. One object, shared with the copies Apollo Server makes of the context. */
  reads: ReadNeeds;
}

/** The base of every IRI the API mints: PUBLIC_BASE_URL, else the address the server listens on. */
export interface PublicLinks {
  baseUrl: string;
}

/** Long-lived pieces the per-request context is made from. */
export interface ContextFactoryDeps {
  orm: MikroORM;
  readPools: ReadPools;
  tables: Tables;
  batchLoads: boolean;
  /** Rows one request may read (RESULT_MAX_ROWS). */
  maxRowsPerRequest: number;
  /** Bytes of row data one request may read (RESULT_MAX_BYTES). */
  maxBytesPerRequest: number;
  /** Read statements slower than this many milliseconds are logged. */
  slowStatementMs: number;
  links: PublicLinks;
  /** Reads on replicas (DATABASE_READ_URLS); every read on `readPools` without. */
  routing?: ReadRouting;
}

export function createContextDeps(
  { orm, readPools, routing }: { orm: MikroORM; readPools: ReadPools; routing?: ReadRouting },
  {
    batchLoads = true,
    maxRowsPerRequest = Number.POSITIVE_INFINITY,
    maxBytesPerRequest = Number.POSITIVE_INFINITY,
    slowStatementMs = DEFAULT_SLOW_STATEMENT_MS,
    links = { baseUrl: DEFAULT_PUBLIC_BASE_URL },
  }: { batchLoads?: boolean; maxRowsPerRequest?: number; maxBytesPerRequest?: number; slowStatementMs?: number; links?: PublicLinks } = {},
): ContextFactoryDeps {
  return {
    orm,
    readPools,
    routing,
    tables: new Tables(orm.getMetadata()),
    batchLoads,
    maxRowsPerRequest,
    maxBytesPerRequest,
    slowStatementMs,
    links,
  };
}

export const DEFAULT_PUBLIC_BASE_URL = "http://localhost:4000";

/** The one way to build a request context; the HTTP server, the gateway tests and the scripts use it. */
export function createContext(
  { orm, readPools, routing, tables, batchLoads, maxRowsPerRequest, maxBytesPerRequest, slowStatementMs, links }: ContextFactoryDeps,
  viewer: Viewer = ANONYMOUS,
  ip = "local",
): AppContext {
  // forked on first use: reads never touch it, and a fork costs a unit of work and an identity map
  let em: EntityManager | undefined;
  const visibility = visibilityOf(viewer);
  const reads: ReadNeeds = { primary: false, after: null };
  const choosePool = async () => {
    const { pool, source, seen } = await routing!.choose(visibility, reads);
    reads.source = source;
    reads.seen = seen;
    return pool;
  };
  const sql = createSqlRunner(routing ? choosePool : readPools.of(visibility), orm.em.getKnex(), {
    maxRows: maxRowsPerRequest,
    maxBytes: maxBytesPerRequest,
    slowStatementMs,
  });
  const projection = new Projection();
  return {
    get em() {
      em ??= orm.em.fork();
      return em;
    },
    set em(value) {
      em = value;
    },
    sql,
    tables,
    projection,
    viewer,
    client: { subject: viewer.subject, ip },
    loaders: new Loaders(sql, tables, { batch: batchLoads, projection }),
    links,
    reads,
  };
}
