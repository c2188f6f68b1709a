import type { Router } from "express";
import { EXPLORER_ASSETS_DIR } from "../features/operations/explorer-operations";
import { webAppRoutes } from "./web-app.routes";

/**
 * The network explorer's page loads only from this server. ForceAtlas2's worker is started from a blob
 * URL (graphology builds it from a function), and the PNG export draws through blob and data URLs.
 */
export const EXPLORE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** `/explore`: the network explorer for people, a client of `/graphql` like any other (also in production). */
export function exploreRoutes(): Router {
  return webAppRoutes({ path: "/explore", dir: EXPLORER_ASSETS_DIR, csp: EXPLORE_CSP, title: "The network explorer" });
}
