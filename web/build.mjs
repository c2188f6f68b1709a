// Bundles the browser assets the API serves itself (no CDN): GraphiQL with Monaco's workers.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(root, "..", "dist", "web", "graphiql");

await mkdir(out, { recursive: true });
await build({
  absWorkingDir: path.join(root, ".."),
  entryPoints: {
    main: "web/graphiql/main.tsx",
    "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
    "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
    "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
  },
  outdir: path.join(out, "assets"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  jsx: "automatic",
  loader: { ".ttf": "file" },
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  logLevel: "warning",
});
await copyFile(path.join(root, "graphiql", "index.html"), path.join(out, "index.html"));
