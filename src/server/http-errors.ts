import type { ServerResponse } from "node:http";
import { errorSummary, log } from "../platform/log";
import { sendJson } from "./http-step";

/**
 * The answer to an error the HTTP layer met before GraphQL ran (a body too large or not JSON, or a bug), in
 * GraphQL's error shape: its 4xx status with `BAD_REQUEST`, else a logged 500 without details.
 */
export function sendHttpLayerError(response: ServerResponse, error: unknown, maxBody: string): void {
  const given = (error as { status?: unknown } | null)?.status;
  const status = typeof given === "number" && given >= 400 && given < 500 ? given : 500;
  if (status === 500) log.error({ error: errorSummary(error) }, "unexpected error in the HTTP layer");
  const message =
    status === 413 ? `Request body larger than ${maxBody}.` : status === 500 ? "Internal server error." : "Malformed request body.";
  sendJson(response, status, { errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
}
