/**
 * The layers of src/ (docs/architecture.md), lowest first. A module imports only from its own layer or the
 * layers before it; type-only imports count the same, and no import cycle is allowed at all.
 * `npm test` runs this (`npm run check:layers`).
 */
/** Entry points outside the layers, each with its reason: paths other tools start, kept as one-line imports of app/. */
const ENTRY_POINTS = [
  "^src/main\\.ts$", // `node dist/src/main.js`: ../shared/peer-bench and deployments start the server there
  "^src/synthetic/seed-synthetic\\.cli\\.ts$", // ../shared/peer-bench loads its synthetic network through it
];

const LAYERS = ["platform", "model", "catalogue", "sql", "database", "request", "features", "api", "server", "app"];

const upwardImports = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer}-imports-upward`,
  comment: `src/${layer} may import only from ${LAYERS.slice(0, index + 1).join(", ")}`,
  severity: "error",
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "No import cycle, type-only imports included: each module can be read after the ones it imports.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "every-module-in-a-layer",
      comment: `Every module of src/ belongs to one of the layers: ${LAYERS.join(", ")}.`,
      severity: "error",
      from: { path: "^src/", pathNot: [`^src/(${LAYERS.join("|")})/`, ...ENTRY_POINTS] },
      to: {},
    },
    {
      name: "sources-never-import-tests-or-benchmarks",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
    ...upwardImports,
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist)/" },
  },
};
