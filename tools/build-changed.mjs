// `npm start` and the other commands build through this: the server (tsc) and the browser assets (web/build.mjs)
// are rebuilt only when a file they are made from is newer than what the last build left, so a second start on an
// unchanged checkout starts at once. `npm run build` (`--always`) always builds everything.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time of the files under the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (file) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const relative of paths) visit(path.join(root, relative));
  return latest;
}

function builtAt(relative) {
  const file = path.join(root, relative);
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const BUILDS = [
  {
    what: "server",
    inputs: ["src", "migrations", "bench", "tsconfig.json", "tsconfig.build.json", "package-lock.json"],
    // not tsc's own .tsbuildinfo: a type check (`tsc -p tsconfig.build.json --noEmit`) writes that one too, and
    // the server would then start from the JavaScript of the build before
    stamp: "dist/.built",
    build: () => {
      run(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
      writeFileSync(path.join(root, "dist", ".built"), new Date().toISOString());
    },
  },
  {
    what: "browser assets",
    inputs: ["web", "src/schema.client.graphql", "package-lock.json"],
    stamp: "dist/web/.built",
    build: () => run(process.execPath, [path.join(root, "web", "build.mjs")]),
  },
];

// `--always`: build everything (`npm run build`)
const always = process.argv.includes("--always");
for (const { inputs, stamp, build } of BUILDS) {
  if (always || newest(inputs) >= builtAt(stamp)) build();
}
