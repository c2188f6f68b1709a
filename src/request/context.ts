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

/** The context's entity manager, forked on first use: reads never touch it, and a fork costs a unit of work and an identity map. */
class ForkOnUse {
  private forked: EntityManager | undefined;

  constructor(private readonly orm: MikroORM) {}

  get em(): EntityManager {
    this.forked ??= this.orm.em.fork();
    return this.forked;
  }

  set em(value: EntityManager) {
    this.forked = value;
  }
}

/**
 * A request's context. `em` lives on the prototype, over one holder the context's copies share: Apollo Server
 * copies the context's own properties for each operation (`Object.assign`), which would fork at every copy.
 */
class RequestContext implements AppContext {
  record?: RequestRecord;
  cost?: CostRecord;

  constructor(
    // an own property (not #private), so that the copies have it
    private readonly writes: ForkOnUse,
    public sql: SqlRunner,
    public loaders: Loaders,
    public tables: Tables,
    public projection: Projection,
    public viewer: Viewer,
    public client: Client,
    public links: PublicLinks,
    public reads: ReadNeeds,
  ) {}

  get em(): EntityManager {
    return this.writes.em;
  }

  set em(value: EntityManager) {
    this.writes.em = value;
  }
}

/** The one way to build a request context; the HTTP server, the gateway tests and the scripts use it. */
export function createContext(
  { orm, readPools, routing, tables, batchLoads, maxRowsPerRequest, maxBytesPerRequest, slowStatementMs, links }: ContextFactoryDeps,
  viewer: Viewer = ANONYMOUS,
  ip = "local",
): AppContext {
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
  return new RequestContext(
    new ForkOnUse(orm),
    sql,
    new Loaders(sql, tables, { batch: batchLoads, projection }),
    tables,
    projection,
    viewer,
    { subject: viewer.subject, ip },
    links,
    reads,
  );
}

/** A copy of a context with some of its parts replaced (as Apollo Server copies it: the same prototype, so `em` stays shared). */
export function contextWith<Extra extends object>(context: AppContext, changes: Partial<AppContext> & Extra): AppContext & Extra {
  return Object.assign(Object.create(Object.getPrototypeOf(context)) as AppContext, context, changes);
}
