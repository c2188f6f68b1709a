import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppContext } from "../request/context";
import { sendHttpLayerError } from "./http-errors";
import { type HttpRequest, type HttpStep, runSteps } from "./http-step";

/** Whether a request is for the API: `/graphql` and anything under it, in any case (as Express matched it). */
export function isGraphqlRequest(request: IncomingMessage): boolean {
  return /^\/graphql(?:[/?#]|$)/i.test(request.url ?? "");
}

/**
 * An answer given before Apollo Server where one can be (a kept answer, server/cached-answer.ts): for a request it
 * may answer, the answerer, which gets the request's context and returns whether it answered.
 */
export type EarlyAnswer = (request: HttpRequest) => ((response: ServerResponse, context: AppContext) => boolean) | undefined;

/**
 * `/graphql` on Node's HTTP server: the steps (CORS, the request log, the JSON body, its limits), then Apollo
 * Server's `executeHTTPGraphQLRequest`, the entry point Apollo gives integrations. The API's requests pass no
 * router and no Express request or response objects: at a millisecond a request, those were 7% of its CPU.
 */
export function graphqlEndpoint(
  apollo: ApolloServer<AppContext>,
  steps: readonly HttpStep[],
  context: (request: HttpRequest, response: ServerResponse) => Promise<AppContext>,
  maxBody: string,
  early?: EarlyAnswer,
): (request: IncomingMessage, response: ServerResponse) => void {
  const answer = async (request: HttpRequest, response: ServerResponse) => {
    const answerEarly = early?.(request);
    let made: Promise<AppContext> | undefined;
    if (answerEarly) {
      // made once: a request not answered early takes the same context into Apollo Server (or its refusal, to format)
      made = context(request, response);
      const ready = await made.catch(() => undefined);
      if (ready && answerEarly(response, ready)) return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = request.url ?? "";
    const query = url.indexOf("?");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (request.method ?? "GET").toUpperCase(),
        headers,
        search: query < 0 ? "" : url.slice(query),
        body: request.body,
      },
      context: () => made ?? context(request, response),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (response.statusCode === 304) {
      // no body, and no headers that describe one (as Express sent it)
      response.removeHeader("content-type");
      response.end();
      return;
    }
    if (result.body.kind === "complete") {
      // encoded once: a length of the text and a write of it would each walk it
      const body = Buffer.from(result.body.string);
      response.setHeader("content-length", body.length);
      response.end(body);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
  return (request, response) => {
    const failed = (error: unknown) => {
      if (response.headersSent) response.destroy(error instanceof Error ? error : undefined);
      else sendHttpLayerError(response, error, maxBody);
    };
    runSteps(steps, request, response, () => void answer(request, response).catch(failed), failed);
  };
}
