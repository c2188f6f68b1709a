import type { ApolloServerPlugin } from "@apollo/server";
import { createHash } from "node:crypto";
import type { AppContext } from "../request/context";

/** The validators and freshness of a GET query's answer without errors, and whether the request's copy is current. */
export interface GetAnswerCaching {
  headers: Array<[string, string]>;
  notModified: boolean;
}

/**
 * For a GET query's answer without errors, made from its `{"data":...}` JSON: `public, max-age` when anonymous (no
 * token at all: a token without a subject may still grant a role), else `private, no-cache`; `vary: authorization`
 * beside what the answer already varies on; an ETag over the data; and whether `if-none-match` names it (304).
 */
export function getAnswerCaching(
  maxAgeSeconds: number,
  request: { authorization: string | undefined; ifNoneMatch: string | undefined; vary?: string | undefined },
  dataJson: string,
): GetAnswerCaching {
  const etag = `"${createHash("sha256").update(dataJson).digest("base64url").slice(0, 32)}"`;
  return {
    headers: [
      ["cache-control", request.authorization ? "private, no-cache" : `public, max-age=${maxAgeSeconds}`],
      ["vary", [request.vary, "authorization"].filter(Boolean).join(", ")],
      ["etag", etag],
    ],
    notModified: request.ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag) ?? false,
  };
}

/**
 * HTTP caching for GET queries. An anonymous answer without errors is the same for every anonymous
 * caller: `public, max-age`, so browsers and shared caches may keep it. An answer for a token holder is
 * `private, no-cache`. Every such answer has an ETag over its data and errors, and a request whose
 * If-None-Match names it gets 304 without a body. POST is never cached. A GET answered from the response cache
 * before Apollo Server gets the same (server/cached-answer.ts).
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
          if (errors?.length) {
            headers.set("cache-control", "no-store");
            headers.set("vary", [headers.get("vary"), "authorization"].filter(Boolean).join(", "));
            return;
          }
          const caching = getAnswerCaching(
            maxAgeSeconds,
            { authorization: http.headers.get("authorization"), ifNoneMatch: http.headers.get("if-none-match"), vary: headers.get("vary") },
            JSON.stringify({ data }),
          );
          for (const [name, value] of caching.headers) headers.set(name, value);
          if (caching.notModified) response.http.status = 304;
        },
      };
    },
  };
}
