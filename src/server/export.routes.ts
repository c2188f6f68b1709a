import { type Request, type Response, Router } from "express";
import type { Viewer } from "../auth/viewer";
import type { ContextFactoryDeps } from "../context";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database/unavailable";
import { ExportParameterError, exportFilter, type ExportParameters } from "../export/export-filter";
import { EXPORTS, isExportName, writeExport } from "../export/export-formats";
import { errorSummary, log } from "./log";
import type { RateLimiter } from "./rate-limiter";

function parameters(request: Request): ExportParameters {
  const single = (name: string) => (typeof request.query[name] === "string" ? (request.query[name] as string) : undefined);
  return { regionId: single("regionId"), institutionType: single("institutionType"), domain: single("domain"), kind: single("kind"), startYearFrom: single("startYearFrom"), startYearTo: single("startYearTo"), minWeight: single("minWeight") };
}

/**
 * `/export`: the exports, and `/export/<name>`: one, streamed as it is read (only what the caller's role
 * may see; the collaboration network filtered like `collaborationNetwork`), as an attachment.
 */
export function exportRoutes({ deps, verifyToken, rateLimiter, exportsAtOnce }: { deps: ContextFactoryDeps; verifyToken(authorization: string | undefined): Promise<Viewer>; rateLimiter: RateLimiter; exportsAtOnce: number }): Router {
  const router = Router();
  // an export of a large graph takes seconds of CPU: a bounded number run at once, per process
  let running = 0;
  router.get("/export", (_request, response) => {
    response.json({ exports: Object.entries(EXPORTS).map(([name, format]) => ({ url: `${deps.links.baseUrl}/export/${name}`, mediaType: format.mediaType, description: format.description })) });
  });
  router.get("/export/:name", async (request: Request<{ name: string }>, response: Response) => {
    const name = request.params.name;
    if (!isExportName(name)) return void response.status(404).json({ error: `No export "${name.slice(0, 60)}"; see /export.` });
    try {
      const viewer = await verifyToken(request.headers.authorization);
      await rateLimiter.request({ subject: viewer.subject, ip: request.ip ?? "unknown" });
      exportFilter(parameters(request));
      if (running >= exportsAtOnce) {
        return void response.status(429).set("retry-after", "10").json({ error: `${running} exports are being streamed; try again in 10 s.`, code: "RATE_LIMITED" });
      }
      running += 1;
      response.once("close", () => (running -= 1));
      response.set({ "content-type": EXPORTS[name].mediaType, "content-disposition": `attachment; filename="ipo-graph-${name}"`, "cache-control": "no-store" });
      await writeExport(response, name, deps, viewer, parameters(request));
      response.end();
    } catch (error) {
      if (response.headersSent) {
        log.warn({ error: errorSummary(error) }, "export broken off");
        return void response.destroy();
      }
      response.removeHeader("content-disposition");
      const refusal = (error as { extensions?: { code?: string; retryAfterSeconds?: number; http?: { status?: number } } }).extensions;
      if (error instanceof ExportParameterError || refusal?.code === "BAD_USER_INPUT") return void response.status(400).json({ error: (error as Error).message, code: "BAD_USER_INPUT" });
      if (refusal?.http?.status === 401 || refusal?.http?.status === 429) {
        if (refusal.retryAfterSeconds) response.set("retry-after", String(refusal.retryAfterSeconds));
        return void response.status(refusal.http.status).json({ error: (error as Error).message, code: refusal.code });
      }
      if (isDatabaseUnavailable(error)) return void response.status(503).set("retry-after", String(RETRY_AFTER_SECONDS)).json({ error: "The database cannot be reached right now." });
      log.error({ error: errorSummary(error) }, "unexpected error in an export");
      response.status(500).json({ error: "Internal server error." });
    }
  });
  return router;
}
