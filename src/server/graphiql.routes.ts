import express, { Router } from "express";
import compression from "compression";
import { existsSync } from "node:fs";
import path from "node:path";
import { WEB_ASSETS_DIR } from "../project-root";

const GRAPHIQL_DIR = path.join(WEB_ASSETS_DIR, "graphiql");

/** Everything GraphiQL loads comes from this server: scripts, styles, fonts, Monaco's workers, the endpoint. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * `/graphiql`: an explorer served entirely from our own assets (GraphiQL from npm, bundled by
 * `npm run build`), for networks that block the Sandbox CDN. Assets are compressed (the bundle is 5 MB,
 * about a quarter of that gzipped) and cached for an hour.
 */
export function graphiqlRoutes(): Router {
  const router = Router();
  router.get("/graphiql", (_request, response) => {
    const page = path.join(GRAPHIQL_DIR, "index.html");
    if (!existsSync(page)) {
      response.status(503).json({ error: "GraphiQL is not built: run `npm run build`." });
      return;
    }
    response.set({ "content-security-policy": GRAPHIQL_CSP, "cache-control": "no-cache" }).sendFile(page);
  });
  router.use("/graphiql/assets", compression(), express.static(path.join(GRAPHIQL_DIR, "assets"), { maxAge: "1h", index: false, fallthrough: false }));
  return router;
}
