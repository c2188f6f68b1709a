import { type Request, type Response, Router } from "express";
import type { Viewer } from "../model/viewer";
import type { ContextFactoryDeps } from "../request/context";
import { ExportParameterError, exportFilter, type ExportParameters } from "../features/export/export-filter";
import { EXPORTS, isExportName, writeExport } from "../features/export/export-formats";
import { errorSummary, log } from "../platform/log";
import { sendRestError } from "./rest-errors";
import type { RateLimiter } from "../features/limits/rate-limiter";

const PARAMETER_NAMES: ReadonlyArray<keyof ExportParameters> = [
  "regionId",
  "institutionType",
  "domain",
  "kind",
  "startYearFrom",
  "startYearTo",
  "minWeight",
];

/** The query's parameters, each named once with one value; anything else is refused rather than ignored. */
function parameters(request: Request): ExportParameters {
  const given: ExportParameters = {};
  for (const [name, value] of Object.entries(request.query)) {
    if (!(PARAMETER_NAMES as readonly string[]).includes(name))
      throw new ExportParameterError(`Unknown parameter \`${name.slice(0, 40)}\`; an export takes ${PARAMETER_NAMES.join(", ")}.`);
    if (typeof value !== "string") throw new ExportParameterError(`\`${name}\` takes one value, given once.`);
    given[name as keyof ExportParameters] = value;
  }
  return given;
}

/**
 * `/export`: the exports, and `/export/<name>`: one, streamed as it is read (only what the caller's role
 * may see; the collaboration network filtered like `collaborationNetwork`), as an attachment.
 */
export function exportRoutes({
  deps,
  verifyToken,
  rateLimiter,
  exportsAtOnce,
  idleSeconds,
  maxSeconds,
}: {
  deps: ContextFactoryDeps;
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  rateLimiter: RateLimiter;
  exportsAtOnce: number;
  idleSeconds: number;
  maxSeconds: number;
}): Router {
  const router = Router();
  // an export of a large graph takes seconds of CPU: a bounded number run at once, per process
  let running = 0;
  router.get("/export", (_request, response) => {
    response.json({
      exports: Object.entries(EXPORTS).map(([name, format]) => ({
        url: `${deps.links.baseUrl}/export/${name}`,
        mediaType: format.mediaType,
        description: format.description,
      })),
    });
  });
  router.get("/export/:name", async (request: Request<{ name: string }>, response: Response) => {
    const name = request.params.name;
    if (!isExportName(name)) return void response.status(404).json({ error: `No export "${name.slice(0, 60)}"; see /export.` });
    try {
      const viewer = await verifyToken(request.headers.authorization);
      await rateLimiter.request({ subject: viewer.subject, ip: request.ip ?? "unknown" });
      const given = parameters(request);
      exportFilter(given);
      if (running >= exportsAtOnce) {
        return void response
          .status(429)
          .set("retry-after", "10")
          .json({ error: `${running} exports are being streamed; try again in 10 s.`, code: "RATE_LIMITED" });
      }
      running += 1;
      response.once("close", () => (running -= 1));
      // a reader that takes nothing for idleSeconds is dropped (its slot freed); no export outlives maxSeconds
      response.setTimeout(idleSeconds * 1000, () => response.destroy());
      const deadline = setTimeout(() => response.destroy(), maxSeconds * 1000);
      response.once("close", () => clearTimeout(deadline));
      response.set({
        "content-type": EXPORTS[name].mediaType,
        "content-disposition": `attachment; filename="ipo-graph-${name}"`,
        "cache-control": "no-store",
      });
      await writeExport(response, name, deps, viewer, given, { maxSeconds });
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
