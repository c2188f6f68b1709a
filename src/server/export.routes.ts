import { type Request, type Response, Router } from "express";
import type { Viewer } from "../auth/viewer";
import type { ContextFactoryDeps } from "../context";
import { ExportParameterError, exportFilter, type ExportParameters } from "../export/export-filter";
import { EXPORTS, isExportName, writeExport } from "../export/export-formats";
import { errorSummary, log } from "./log";
import { sendRestError } from "./rest-errors";
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
      response.removeHeader("content-type");
      if (error instanceof ExportParameterError) return void response.status(400).json({ error: error.message, code: "BAD_USER_INPUT" });
      sendRestError(response, error, "in an export");
    }
  });
  return router;
}
