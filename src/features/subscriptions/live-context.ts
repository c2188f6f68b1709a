import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Viewer } from "../../model/viewer";
import type { ChangeFeed } from "../changes/change-feed";
import { contextWith, createContext, type AppContext, type ContextFactoryDeps } from "../../request/context";
import type { CollaborationNetwork } from "../graph/collaboration-network.type";
import type { WorkGate } from "../limits/work-gate";
import { NetworkWatches } from "./network-watches";
import type { SubscriptionSettings } from "./subscription-settings";

/** Writes that can change the collaboration network: to experiments, institutions and the edges between them. */
const NETWORK_TYPES = new Set(["Experiment", "Institution"]);

/** What every subscription shares on one replica: the change feed, the work gate, and the networks being watched. */
export interface LiveDeps {
  changes: ChangeFeed;
  gate: WorkGate;
  networks: NetworkWatches<CollaborationNetwork>;
}

/** A subscription's context: an AppContext that is renewed for every event (fresh loaders, row budget, entity manager). */
export interface LiveContext extends AppContext {
  live: LiveDeps;
  /** Whose subscription it is (token subject, else address): the bounds per client count by it. */
  subscriber: string;
  /** A context of the same viewer that nothing else uses (work shared by several subscribers). */
  detached(): AppContext;
  /** Fresh loaders and budgets for the next event: what one event read is never served to the next. */
  renew(): void;
}

export function createLiveDeps(changes: ChangeFeed, gate: WorkGate, settings: SubscriptionSettings): LiveDeps {
  const networks = new NetworkWatches<CollaborationNetwork>(settings, gate);
  changes.listen((change) => {
    if (NETWORK_TYPES.has(change.type)) networks.changed(change);
  });
  return { changes, gate, networks };
}

export function createLiveContext(
  deps: ContextFactoryDeps,
  live: LiveDeps,
  viewer: Viewer,
  ip: string,
  schema: GraphQLSchema,
  document: DocumentNode,
  subscriber: string,
): LiveContext {
  // events follow commits on the primary, which a replica may not have replayed yet: their reads go to the primary
  const onPrimary = () => {
    const made = createContext(deps, viewer, ip);
    made.reads.primary = true;
    return made;
  };
  const fresh = () => {
    const made = onPrimary();
    made.projection.use(schema, document);
    return made;
  };
  const context = contextWith(fresh(), { live, subscriber, detached: onPrimary }) as LiveContext;
  context.renew = () => {
    const made = fresh();
    Object.assign(context, { em: made.em, sql: made.sql, loaders: made.loaders, projection: made.projection, reads: made.reads });
  };
  return context;
}
