import type { ApolloServerPlugin } from "@apollo/server";
import type { AppContext } from "../request/context";
import { RETRY_AFTER_SECONDS } from "../database/unavailable";

/** A response with a SERVICE_UNAVAILABLE error (see format-error.ts) goes out as HTTP 503 with Retry-After. */
export function serviceUnavailablePlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
