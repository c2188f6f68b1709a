import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import {
  answerKey,
  type CacheOutcome,
  type CacheTicket,
  type KeptAnswer,
  type ResponseCache,
} from "../features/response-cache/response-cache";
import type { AppContext } from "../request/context";

/**
 * The response header that says what became of a query's answer: `hit` (served from the cache), `miss` (not
 * there, computed, and kept if no write came meanwhile), `bypass` (computed without looking: a read after a
 * commit position, a cache that cannot hear writes just now, or an answer with errors, never kept).
 */
export const RESPONSE_CACHE_HEADER = "x-ipo-response-cache";

/** What a served answer adds to `extensions`, and its age in whole seconds (also the `age` header). */
export function servedExtension(answer: KeptAnswer): { hit: true; ageSeconds: number } {
  return { hit: true, ageSeconds: Math.max(0, Math.round((Date.now() - answer.keptAt) / 1000)) };
}

/**
 * Answers of queries kept in memory (features/response-cache) and served again while no write came between:
 * keyed by document, operation name, variables and viewer (role and token subject, so never across roles or
 * viewers), answers with errors never kept. A request that sends `x-ipo-read-after` is never served from it (it
 * may still fill it). Every answer says what became of it in `x-ipo-response-cache`, and a served one in
 * `extensions.responseCache`. Rate limits, bounds and the cost report apply to a served answer as to any (they run
 * before it is looked up), with no rows read. Most hits never reach this plugin: the endpoint answers them before
 * Apollo Server (server/cached-answer.ts); this serves those it leaves (a document sent with its hash, GETs under CSRF prevention) and fills the store.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let state: { key: string; ticket: CacheTicket; servable: boolean } | undefined;
      let served: KeptAnswer | undefined;
      return {
        async didResolveOperation({ operation, contextValue, request, queryHash }) {
          if (operation?.operation !== "query") return;
          state = {
            key: answerKey(queryHash, request.operationName, request.variables, contextValue.viewer),
            ticket: cache.ticket(),
            servable: contextValue.reads.after === null && cache.servable(),
          };
        },
        async responseForOperation() {
          served = state?.servable ? cache.answer(state.key) : undefined;
          if (!served) return null;
          return {
            body: { kind: "single", singleResult: { data: JSON.parse(served.data) } },
            http: { status: undefined, headers: new HeaderMap() },
          };
        },
        async willSendResponse({ response, operation, contextValue }) {
          if (response.body.kind !== "single" || operation?.operation !== "query" || !state) return;
          const { data, errors } = response.body.singleResult;
          let outcome: CacheOutcome = "bypass";
          if (served) {
            outcome = "hit";
            const extension = servedExtension(served);
            response.http.headers.set("age", String(extension.ageSeconds));
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, responseCache: extension };
          } else if (!errors?.length) {
            if (data)
              cache.keep(state.key, state.ticket, contextValue.reads.seen, {
                data: JSON.stringify(data),
                requested: contextValue.cost?.requested ?? null,
              });
            if (state.servable) outcome = "miss";
          }
          cache.count(outcome);
          response.http.headers.set(RESPONSE_CACHE_HEADER, outcome);
        },
      };
    },
  };
}
