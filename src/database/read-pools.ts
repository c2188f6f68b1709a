import { Pool, types as pgTypes } from "pg";
import { hasRole, Role, type Viewer } from "../model/viewer";
import { FUZZY_WORD_SIMILARITY } from "../model/search-documents";
import { clientTimeouts } from "./client-timeouts";
import { VISIBILITIES, type Visibility } from "./visibility";

export type { Visibility };

export function visibilityOf(viewer: Viewer): Visibility {
  return hasRole(viewer, Role.EDITOR) ? "editor" : "published";
}

/** Connection pools for reads, one per visibility; each connection resolves table names to that visibility's views. */
export interface ReadPools {
  of(visibility: Visibility): Pool;
  close(): Promise<void>;
}

export interface ReadPoolOptions {
  statementTimeoutMs: number;
  connectTimeoutMs?: number;
  /** Called with every statement sent (the tests count them). */
  onQuery?: (sql: string) => void;
  max?: number;
}

// dates and timestamps as PostgreSQL prints them, as the ORM's connection returns them
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 1082 || oid === 1114 || oid === 1184) return (value: string) => value;
    return pgTypes.getTypeParser(oid, format as "text");
  },
};

/**
 * Session settings of every read connection (the benchmark's floor uses them too, to run the same SQL alike).
 * Prepared statements (the recurring texts, sql-runner.ts) keep one generic plan: PostgreSQL otherwise kept
 * planning the relation statements anew for every run (the institution page at 0.56x of the peer with
 * PostgreSQL's own choice, 0.79x with generic plans), while their plan is the same index walk whatever the
 * keys. The graph walks' hops too: each used to be planned for its arrays, on a connection switched to custom
 * plans and back (two more round trips), until their generic plans measured as fast (docs/benchmarks.md). No parallel
 * workers: an API runs many small statements side by side, and starting workers for one cost more than
 * it saved (a neighbourhood hop at scale 100: 12 ms with two workers, 2.6 ms without; 10 concurrent
 * walks: 36 against 11 ms of PostgreSQL CPU each). Fuzzy search's similarity threshold is set here too (see
 * FUZZY_WORD_SIMILARITY), so that its trigram indexes answer `<%` at that threshold.
 */
export const READ_SESSION_SETTINGS = `-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0 -c pg_trgm.word_similarity_threshold=${FUZZY_WORD_SIMILARITY}`;

/** One pool per visibility, each connecting as that visibility's read role (read-roles.ts) at its URL. */
export function createReadPools(
  urls: Record<Visibility, string>,
  { statementTimeoutMs, connectTimeoutMs, onQuery, max = 10 }: ReadPoolOptions,
): ReadPools {
  const pools = new Map<Visibility, Pool>();
  for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
    const pool = new Pool({
      connectionString: urls[visibility],
      max,
      types: types as never,
      ...clientTimeouts({ statementTimeoutMs, connectTimeoutMs }),
      // table names resolve to the visibility's views first; functions (unaccent, trigrams) stay in public.
      options: `-c search_path=${VISIBILITIES[visibility].schema},public -c statement_timeout=${Math.trunc(statementTimeoutMs)} ${READ_SESSION_SETTINGS}`,
    });
    // an idle connection the server dropped must not take the process down
    pool.on("error", () => undefined);
    if (onQuery) {
      const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
      (pool as { query: unknown }).query = (...args: unknown[]) => {
        const statement = args[0] as string | { text: string };
        onQuery(typeof statement === "string" ? statement : statement.text);
        return query(...args);
      };
    }
    pools.set(visibility, pool);
  }
  return {
    of: (visibility) => pools.get(visibility)!,
    close: async () => {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}
