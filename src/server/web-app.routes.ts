import express, { Router } from "express";
import compression from "compression";
import { existsSync } from "node:fs";
import path from "node:path";

export interface WebApp {
  /** Where it is served, e.g. `/explore`; its files under `<path>/assets`. */
  path: string;
  /** Its folder, written by `npm run build` (web/build.mjs). */
  dir: string;
  /** Content-Security-Policy of its page. */
  csp: string;
  title: string;
}

/**
 * A browser app served entirely from our own assets (bundled by `npm run build`): its page with a strict
 * CSP, its assets compressed and cached for an hour.
 */
export function webAppRoutes(app: WebApp): Router {
  const router = Router();
  const { dir } = app;
  router.get(app.path, (_request, response) => {
    const page = path.join(dir, "index.html");
    if (!existsSync(page)) {
      response.status(503).json({ error: `${app.title} is not built: run \`npm run build\`.` });
      return;
    }
    response
      .set({
        "content-security-policy": app.csp,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
      })
      .sendFile(page);
  });
  router.use(
    `${app.path}/assets`,
    compression(),
    express.static(path.join(dir, "assets"), { maxAge: "1h", index: false, fallthrough: false }),
  );
  return router;
}
