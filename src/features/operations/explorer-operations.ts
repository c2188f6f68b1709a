import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { WEB_ASSETS_DIR } from "../../platform/project-root";
import { readManifest } from "./operation-manifest";
import type { TrustedOperation } from "./persisted-operation-store";

/** Where `npm run build` puts the network explorer (web/build.mjs). */
export const EXPLORER_ASSETS_DIR = path.join(WEB_ASSETS_DIR, "explore");

/**
 * The explorer's GraphQL operations, as its build wrote them after checking each against the schema; none
 * before a build. It ships with the API, so under TRUSTED_DOCUMENTS=only they are trusted at start and
 * `operations:trust --replace` keeps them.
 */
export function explorerOperations(): TrustedOperation[] {
  const file = path.join(EXPLORER_ASSETS_DIR, "persisted-query-manifest.json");
  return existsSync(file) ? readManifest(JSON.parse(readFileSync(file, "utf8"))) : [];
}
