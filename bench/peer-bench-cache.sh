#!/usr/bin/env bash
# The peer bench (../shared/peer-bench) with IPO Graph's response cache off and on side by side: a copy of the
# harness gains one more server, `iponocache` (IPO Graph as `npm start`, with RESPONSE_CACHE=off); `ipo` is the
# server as shipped (cache on). The comparison with the peer is `iponocache`; `ipo` shows what repeated reads get.
# `iponocacheprof` is `iponocache` under --cpu-prof. PROFILE=1 profiles it instead (OPS=simple by default), as
# ../shared/peer-bench/profile.sh profiles the shipped server. `iponocachebase` is `iponocache` built from another
# checkout (BASE_DIR, e.g. a worktree of the commit before a change, built), to measure a change in one run.
# The servers added here run with the allocator setting of `npm start` (src/app/server-process.ts); the harness's own `ipo` does not.
# BASE_RESPONSE_CACHE=on turns the cache on in `iponocachebase`. IPO_NODE_FLAGS adds Node flags to `iponocache` alone (e.g. "--max-semi-space-size=32").
#   bench/peer-bench-cache.sh --ops list,institution,simple --conns 10,1 --rounds 3 --servers iponocache,ipo,pglv
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SRC="${PEER_BENCH:-$HERE/../shared/peer-bench}"
COPY="${PERF:-/tmp/peer-bench}/harness-cache-src"
rm -rf "$COPY" && mkdir -p "$COPY" && cp "$SRC"/* "$COPY"/
node -e '
const fs = require("node:fs");
const file = process.argv[1];
const text = fs.readFileSync(file, "utf8");
const anchor = "const DEFS = {\n";
if (!text.includes(anchor)) throw new Error("the harness changed: no `const DEFS = {` to add the server to");
const def = `  iponocache: {
    label: "IPO Graph, response cache off (RESPONSE_CACHE=off)", kind: "ipo", port: env.IPONOCACHE_PORT ?? "5163", cwd: env.IPO_DIR, node: env.NODE20,
    args: [...(env.IPO_NODE_FLAGS ? env.IPO_NODE_FLAGS.split(" ") : []), "--max-old-space-size=160", "dist/src/main.js"], env: { ...IPO_COMMON, MALLOC_MMAP_THRESHOLD_: "65536", PORT: env.IPONOCACHE_PORT ?? "5163", RESPONSE_CACHE: "off" }, ready: /IPO Graph ready at (\\S+)/,
  },
  iponocachebase: {
    label: "IPO Graph from BASE_DIR, response cache off", kind: "ipo", port: env.IPONOCACHEBASE_PORT ?? "5164", cwd: env.BASE_DIR, node: env.NODE20,
    args: ["--max-old-space-size=160", "dist/src/main.js"], env: { ...IPO_COMMON, MALLOC_MMAP_THRESHOLD_: "65536", PORT: env.IPONOCACHEBASE_PORT ?? "5164", RESPONSE_CACHE: env.BASE_RESPONSE_CACHE ?? "off" }, ready: /IPO Graph ready at (\\S+)/,
  },
  iponocacheprof: {
    label: "IPO Graph, response cache off, under --cpu-prof", kind: "ipo", port: env.IPONOCACHE_PORT ?? "5163", cwd: env.IPO_DIR, node: env.NODE20,
    args: ["--max-old-space-size=160", "--cpu-prof", \`--cpu-prof-dir=\${OUT}/cpuprof\`, "dist/src/main.js"], env: { ...IPO_COMMON, MALLOC_MMAP_THRESHOLD_: "65536", PORT: env.IPONOCACHE_PORT ?? "5163", RESPONSE_CACHE: "off" }, ready: /IPO Graph ready at (\\S+)/,
  },
`;
fs.writeFileSync(file, text.replace(anchor, anchor + def));
' "$COPY/bench.mjs"
if [ "${PROFILE:-0}" = 1 ]; then
  source "$COPY/env.sh"
  cp "$COPY"/*.mjs "$PERF/harness/"
  OUT="$RESULTS/profile-nocache-$(date -u +%Y%m%dT%H%M%SZ)"
  cd "$PERF/harness" && ./pg.sh status >/dev/null 2>&1 || ./pg.sh start
  IPO_DIR="$HERE" "$NODE20" bench.mjs --servers iponocacheprof --ops "${OPS:-simple}" --conns 10 --rounds 1 --duration 10 --warmup 3 --phases load --out "$OUT"
  "$NODE20" profile-analyze.mjs "$OUT" iponocacheprof
  exit 0
fi
cd "$HERE" && IPO_DIR="$HERE" bash "$COPY/run.sh" "$@"
