import type { IncomingMessage, ServerResponse } from "node:http";

/** A request as the `/graphql` steps see it: Node's, with the body once the JSON step has read it. */
export type HttpRequest = IncomingMessage & { body?: unknown };

/**
 * One step of the `/graphql` endpoint on Node's HTTP server, in the shape connect-style packages (`cors`,
 * `body-parser`) already have: it answers the request itself, or calls `next` (with an error to refuse it).
 */
export type HttpStep = (request: HttpRequest, response: ServerResponse, next: (error?: unknown) => void) => void;

/** A JSON answer, as Express's `res.status(status).json(body)` sends it. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.setHeader("content-length", Buffer.byteLength(text));
  response.end(text);
}

/** Runs the steps in order and then `last`; the first error goes to `failed` and ends the run. */
export function runSteps(
  steps: readonly HttpStep[],
  request: HttpRequest,
  response: ServerResponse,
  last: () => void,
  failed: (error: unknown) => void,
): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) {
      failed(error);
      return;
    }
    const step = steps[index++];
    if (!step) {
      last();
      return;
    }
    try {
      step(request, response, next);
    } catch (thrown) {
      failed(thrown);
    }
  };
  next();
}
