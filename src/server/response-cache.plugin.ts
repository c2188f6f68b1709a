import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { CacheOutcome, CacheTicket, ResponseCache } from "../features/response-cache/response-cache";
import type { AppContext } from "../request/context";

/**
 * The response header that says what became of a query's answer: `hit` (served from the cache), `miss` (not
 * there, computed, and kept if no write came meanwhile), `bypass` (computed without looking: a read after a
 * commit position, a cache that cannot hear writes just now, or an answer with errors, never kept).
 */
export const RESPONSE_CACHE_HEADER = "x-ipo-response-cache";

interface RequestCacheState {
  ticket: CacheTicket;
  /** May be served from the cache: not a read after a given commit, and the change feed is listening. */
  servable: boolean;
  /** Whose answers these are: readers share by role, a token's answers are its own (personal data). */
  viewerKey: string | null;
}

/**
 * Answers of queries kept in memory (features/response-cache) and served again while no write came between,
 * through Apollo's response cache plugin: keyed by document, operation name, variables and viewer (role and
 * token subject, so never across roles or viewers), answers with errors never kept. A request that sends
 * `x-ipo-read-after` is never served from it (it may still fill it). Every answer says what became of it in
 * `x-ipo-response-cache`, and a served one in `extensions.responseCache`. Rate limits, bounds and the cost
 * report apply to a served answer as to any (they run before it is looked up), with no rows read.
 */
export function responseCachePlugins(cache: ResponseCache, ttlSeconds: number): ApolloServerPlugin<AppContext>[] {
  const states = new WeakMap<GraphQLRequest, RequestCacheState>();
  const decide: ApolloServerPlugin<AppContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request, overallCachePolicy }) {
          if (operation?.operation !== "query") return;
          const { viewer, reads } = contextValue;
          const ticket = cache.ticket();
          states.set(request, {
            ticket,
            servable: reads.after === null && cache.servable(),
            viewerKey: viewer.subject === null ? viewer.role : `${viewer.role} ${viewer.subject}`,
          });
          if (ticket.fillable) overallCachePolicy.replace({ maxAge: ttlSeconds, scope: "PUBLIC" });
        },
        async willSendResponse({ response, metrics, operation, request }) {
          if (operation?.operation === "mutation") {
            // this replica's own writes: before the answer is sent, so no later read here is served what they replaced
            if (response.body.kind === "single" && response.body.singleResult.data) cache.invalidate();
            return;
          }
          if (response.body.kind !== "single" || operation?.operation !== "query") return;
          let outcome: CacheOutcome = "bypass";
          if (metrics.responseCacheHit) {
            outcome = "hit";
            const age = Number(response.http.headers.get("age") ?? 0);
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              responseCache: { hit: true, ageSeconds: age },
            };
          } else if (states.get(request)?.servable && !response.body.singleResult.errors?.length) outcome = "miss";
          cache.count(outcome);
          response.http.headers.set(RESPONSE_CACHE_HEADER, outcome);
        },
      };
    },
  };
  const store = responseCachePlugin<AppContext>({
    cache: cache.store,
    extraCacheKeyData: async ({ request }) => states.get(request)?.viewerKey,
    shouldReadFromCache: async ({ request }) => states.get(request)?.servable ?? false,
    shouldWriteToCache: async ({ request, contextValue }) => {
      const state = states.get(request);
      return state !== undefined && cache.keeps(state.ticket, contextValue.reads.seen);
    },
  });
  // the store's hooks first: on a hit it sets `age` as it answers, which `decide` then reports
  return [store, decide];
}
