import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Viewer } from "../auth/viewer";
import type { ChangeFeed } from "../changes/change-feed";
import { createContext, type AppContext, type ContextFactoryDeps } from "../context";

/** What every subscription shares on one replica: the change feed, and results several subscribers would compute alike. */
export interface LiveDeps {
  changes: ChangeFeed;
  /** Results keyed by what they depend on (visibility, arguments, the change), shared by subscribers for a few seconds. */
  shared: Map<string, { at: number; value: Promise<unknown> }>;
}

/** A subscription's context: an AppContext that is renewed for every event (fresh loaders, row budget, entity manager). */
export interface LiveContext extends AppContext {
  live: LiveDeps;
  /** Fresh loaders and budgets for the next event: what one event read is never served to the next. */
  renew(): void;
}

const SHARED_FOR_MS = 5_000;

export function createLiveDeps(changes: ChangeFeed): LiveDeps {
  return { changes, shared: new Map() };
}

export function createLiveContext(deps: ContextFactoryDeps, live: LiveDeps, viewer: Viewer, ip: string, schema: GraphQLSchema, document: DocumentNode): LiveContext {
  // events follow commits on the primary, which a replica may not have replayed yet: their reads go to the primary
  const fresh = () => {
    const made = createContext(deps, viewer, ip);
    made.reads.primary = true;
    made.projection.use(schema, document);
    return made;
  };
  const context = { ...fresh(), live } as LiveContext;
  context.renew = () => {
    const made = fresh();
    Object.assign(context, { em: made.em, sql: made.sql, loaders: made.loaders, projection: made.projection, reads: made.reads });
  };
  return context;
}

/** A result shared by the subscribers that would compute it alike (same key), computed once. */
export function shared<T>(live: LiveDeps, key: string, compute: () => Promise<T>): Promise<T> {
  const now = Date.now();
  for (const [old, entry] of live.shared) if (now - entry.at > SHARED_FOR_MS) live.shared.delete(old);
  const known = live.shared.get(key);
  if (known) return known.value as Promise<T>;
  const value = compute();
  live.shared.set(key, { at: now, value });
  value.catch(() => live.shared.delete(key));
  return value;
}
