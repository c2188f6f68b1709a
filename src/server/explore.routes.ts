import type { Router } from "express";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readManifest } from "../operations/operation-manifest";
import type { TrustedOperation } from "../operations/persisted-operation-store";
import { webAppDir, webAppRoutes, type WebApp } from "./web-app.routes";

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

const EXPLORER: WebApp = { path: "/explore", folder: "explore", csp: EXPLORE_CSP, title: "The network explorer" };

/** `/explore`: the network explorer for people, a client of `/graphql` like any other (also in production). */
export function exploreRoutes(): Router {
  return webAppRoutes(EXPLORER);
}

/** The explorer's GraphQL operations, as its build wrote them (checked against the schema); none before a build. */
export function explorerOperations(): TrustedOperation[] {
  const file = path.join(webAppDir(EXPLORER), "persisted-query-manifest.json");
  return existsSync(file) ? readManifest(JSON.parse(readFileSync(file, "utf8"))) : [];
}
