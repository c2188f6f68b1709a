import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";
import type { RateLimiter } from "../features/limits/rate-limiter";

/** Mutations without a token (anyone may submit an initiative) spend the small anonymous-write budget. */
export function anonymousWriteLimitPlugin(rateLimiter: RateLimiter): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "mutation" && contextValue.viewer.subject === null)
            await rateLimiter.anonymousWrite(contextValue.client);
        },
      };
    },
  };
}
