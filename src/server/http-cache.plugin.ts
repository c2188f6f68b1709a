import type { ApolloServerPlugin } from "@apollo/server";
import { createHash } from "node:crypto";
import type { AppContext } from "../request/context";

/**
 * HTTP caching for GET queries. An anonymous answer without errors is the same for every anonymous
 * caller: `public, max-age`, so browsers and shared caches may keep it. An answer for a token holder is
 * `private, no-cache`. Every such answer has an ETag over its data and errors, and a request whose
 * If-None-Match names it gets 304 without a body (Express leaves the body out of a 304). POST is never cached.
 */
export function httpCachePlugin({ maxAgeSeconds }: { maxAgeSeconds: number }): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ request }) {
      const http = request.http;
      if (http?.method !== "GET") return;
      return {
        async willSendResponse({ response, operation }) {
          const headers = response.http.headers;
          if (response.body.kind !== "single" || operation?.operation !== "query") {
            headers.set("cache-control", "no-store");
            return;
          }
          const { data, errors } = response.body.singleResult;
          // anonymous: no token at all (a token without a subject may still grant a role)
          const anonymous = !http.headers.get("authorization");
          headers.set("cache-control", errors?.length ? "no-store" : anonymous ? `public, max-age=${maxAgeSeconds}` : "private, no-cache");
          // keep what Apollo varies on (accept), add the token
          headers.set("vary", [headers.get("vary"), "authorization"].filter(Boolean).join(", "));
          if (errors?.length) return;
          const etag = `"${createHash("sha256").update(JSON.stringify({ data })).digest("base64url").slice(0, 32)}"`;
          headers.set("etag", etag);
          const asked = http.headers.get("if-none-match");
          if (asked?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) response.http.status = 304;
        },
      };
    },
  };
}
