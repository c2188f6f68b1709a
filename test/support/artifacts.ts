import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What tests leave for people to look at (screenshots, measurements): CI keeps test-artifacts/ (see .ci/run). */
export const ARTIFACTS_ROOT = path.join(__dirname, "..", "..", "test-artifacts");

export function artifactPath(folder: string, name: string): string {
  const dir = path.join(ARTIFACTS_ROOT, folder);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

export function writeArtifact(folder: string, name: string, content: unknown): void {
  writeFileSync(artifactPath(folder, name), `${JSON.stringify(content, null, 2)}\n`);
}
