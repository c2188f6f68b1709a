import type { Router } from "express";
import path from "node:path";
import { WEB_ASSETS_DIR } from "../platform/project-root";
import { webAppRoutes } from "./web-app.routes";

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
 * `npm run build`), for networks that block the Sandbox CDN. The bundle is 5 MB, about a quarter of that gzipped.
 */
export function graphiqlRoutes(): Router {
  return webAppRoutes({ path: "/graphiql", dir: path.join(WEB_ASSETS_DIR, "graphiql"), csp: GRAPHIQL_CSP, title: "GraphiQL" });
}
