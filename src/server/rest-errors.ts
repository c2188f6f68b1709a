import type { Response } from "express";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database/unavailable";
import { errorSummary, log } from "../platform/log";

/**
 * The JSON answer of the REST routes (linked data, exports) to an error before anything was sent: the
 * token and rate-limit refusals and bad input with their codes, 503 while the database is away, else a
 * logged 500 without details.
 */
export function sendRestError(response: Response, error: unknown, what: string): void {
  const refusal = (error as { extensions?: { code?: string; retryAfterSeconds?: number; http?: { status?: number } } }).extensions;
  const status = refusal?.http?.status;
  if (status === 401 || status === 429) {
    if (refusal?.retryAfterSeconds) response.set("retry-after", String(refusal.retryAfterSeconds));
    return void response.status(status).json({ error: (error as Error).message, code: refusal?.code });
  }
  if (refusal?.code === "BAD_USER_INPUT")
    return void response.status(400).json({ error: (error as Error).message, code: "BAD_USER_INPUT" });
  if (isDatabaseUnavailable(error))
    return void response
      .status(503)
      .set("retry-after", String(RETRY_AFTER_SECONDS))
      .json({ error: "The database cannot be reached right now.", code: "SERVICE_UNAVAILABLE" });
  log.error({ error: errorSummary(error) }, `unexpected error ${what}`);
  response.status(500).json({ error: "Internal server error.", code: "INTERNAL_SERVER_ERROR" });
}
