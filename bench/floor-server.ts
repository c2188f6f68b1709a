import "reflect-metadata";
import http from "node:http";
import { Pool } from "pg";
import { floorKnex, operations, type BenchTargets } from "./operations";
import { createSqlRunner } from "../src/sql/sql-runner";
import { READ_SESSION_SETTINGS } from "../src/database/read-pools";
import { VISIBILITIES, visibilityThreshold } from "../src/database/visibility";
import { loadMemoryGraph } from "../src/features/graph/memory-graph.load";
import { memoryHops } from "../src/features/graph/memory-graph";

/**
 * The floor: the rows each benchmark operation needs, fetched with hand-written SQL through `pg` and
 * served as JSON by a plain Node HTTP handler. POST { op, variables }; the statements it took come back
 * in the `x-sql-statements` header.
 */
// the same visibility views an anonymous API request reads, so both sides run the same SQL
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: `-c search_path=ipo_published,public ${READ_SESSION_SETTINGS}`,
});
const targets = JSON.parse(process.env.BENCH_TARGETS!) as BenchTargets;
// the walks' floor walks the graph in memory, as the server does while no write comes (GRAPH_MEMORY=off: SQL hops)
const editors = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 1,
  options: `-c search_path=${VISIBILITIES.editor.schema},public ${READ_SESSION_SETTINGS}`,
});
const threshold = visibilityThreshold("published");
const loading =
  process.env.GRAPH_MEMORY === "off" ? undefined : loadMemoryGraph({ of: () => editors, close: () => editors.end() }, floorKnex, Infinity);
let byName = new Map(operations(targets).map((op) => [op.name, op]));

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const { op, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const operation = byName.get(op);
      if (!operation) throw new Error(`unknown operation ${op}`);
      const sql = createSqlRunner(pool, floorKnex);
      const data = await operation.floor(sql, variables ?? {});
      const body = JSON.stringify({ data });
      response.writeHead(200, {
        "content-type": "application/json",
        "x-sql-statements": String(sql.count),
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: String(error) }));
    }
  });
});
void (async () => {
  const graph = await loading;
  if (graph) byName = new Map(operations(targets, () => memoryHops(graph, threshold)).map((op) => [op.name, op]));
  await editors.end();
  server.listen(0, "127.0.0.1", () => {
    const address = server.address() as { port: number };
    console.log(`FLOOR READY http://127.0.0.1:${address.port}/`);
  });
})();
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
