import { existsSync } from "node:fs";
import path from "node:path";

/** The folder with package.json: the same from the sources (tests) and from dist/ (the built server). */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Where `npm run build` puts the browser assets the server serves itself (web/build.mjs). */
export const WEB_ASSETS_DIR = path.join(PROJECT_ROOT, "dist", "web");
