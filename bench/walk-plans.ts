import "reflect-metadata";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import { readConfig } from "../src/app/config";
import { connectDatabase } from "../src/database/connect";
import { NODE_TYPE_NAMES } from "../src/catalogue/node-types";
import { neighbourhood } from "../src/features/graph/neighbourhood";
import { shortestPath } from "../src/features/graph/shortest-path";
import { sqlHops } from "../src/features/graph/graph-walk";
import { createSqlRunner } from "../src/sql/sql-runner";
import { floorKnex, pickTargets } from "./operations";

/**
 * `npm run bench:walks`: the statements the graph walks send on the benchmark's database (at the scale the
 * last `npm run bench` loaded), each with `EXPLAIN (ANALYZE, BUFFERS)` for the values it ran with, on a read
 * connection (the generic plan every read statement gets): the time the walk waited for it, planning and execution time, and every scan
 * with the rows it found. Prints the plans whole and writes the summary to docs/benchmarks.md.
 */
const ROOT = path.join(__dirname, "..", "..");

async function main() {
  const config = readConfig({ ...process.env });
  config.embeddedDataDir = path.join(ROOT, ".data", "bench-postgres");
  const database = await connectDatabase(config);
  const pool = database.readPools.of("published");
  const recorded: Array<{ text: string; values: unknown[]; ms: number }> = [];
  // the walk's own statements, recorded as the pool sends them
  const recording = new Proxy(pool, {
    get(target, key) {
      if (key === "query")
        return (query: { text: string; values?: unknown[] } | string, ...rest: unknown[]) => {
          const started = performance.now();
          const result = (target.query as (...args: unknown[]) => Promise<unknown>).call(target, query, ...rest);
          if (typeof query === "object" && query.values) {
            const entry = { text: query.text, values: query.values, ms: 0 };
            recorded.push(entry);
            void result.then(() => (entry.ms = performance.now() - started));
          }
          return result;
        };
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as Pool;
  const targetsPool = new Pool({ connectionString: database.url, max: 1 });
  const targets = await pickTargets(targetsPool);
  await targetsPool.end();
  const sql = createSqlRunner(recording, floorKnex);
  const { rows: counted } = await pool.query<{ n: number }>(`select count(*)::int as n from institution`);
  const lines: string[] = [];
  try {
    for (const [name, walk] of [
      ["neighbourhood, depth 2", () => neighbourhood(sqlHops(sql), targets.pathFrom, 2, new Set(NODE_TYPE_NAMES), 500)],
      ["shortest path", () => shortestPath(sqlHops(sql), targets.pathFrom, targets.pathTo, 4, new Set(NODE_TYPE_NAMES))],
    ] as const) {
      // the first run warms the caches; the second is timed and recorded
      await walk();
      recorded.length = 0;
      const started = performance.now();
      await walk();
      const took = performance.now() - started;
      console.log(`\n## ${name}: ${took.toFixed(1)} ms, ${recorded.length} statements`);
      lines.push(`| ${name}: ${took.toFixed(1)} ms in all | | | | | |`);
      const statements = [...recorded];
      const client = await pool.connect();
      try {
        for (const [index, { text, values, ms }] of statements.entries()) {
          const { rows } = await client.query({ text: `explain (analyze, buffers, costs off) ${text}`, values });
          const plan = rows.map((row) => row["QUERY PLAN"] as string);
          console.log(`\n### statement ${index + 1}\n${plan.join("\n")}`);
          const figure = (label: string) => /([0-9.]+) ms/.exec(plan.find((line) => line.startsWith(label)) ?? "")?.[1] ?? "?";
          const scans = plan
            .map((line) =>
              /->\s+((?:Parallel )?(?:Seq|Index|Index Only|Bitmap Heap|Bitmap Index) Scan.*?) \(actual.*rows=([0-9.]+)/.exec(line),
            )
            .filter((match) => match !== null)
            .map((match) => `${match[1]} (${Number(match[2])})`);
          lines.push(
            `| ${name} | ${index + 1} | ${ms.toFixed(1)} | ${figure("Planning Time")} | ${figure("Execution Time")} | ${[...new Set(scans)].join(", ")} |`,
          );
        }
      } finally {
        client.release();
      }
    }
  } finally {
    await database.close();
  }
  const section = [
    "<!-- walks:plans:start -->",
    `### The walks' statements (${new Date().toISOString().slice(0, 10)}, ${counted[0]!.n} institutions)`,
    "",
    "Each hop of a walk, as `npm run bench:walks` ran it on the benchmark's database (one client, warm): the time the walk waited for the statement, then PostgreSQL's planning and execution time from `EXPLAIN (ANALYZE, BUFFERS)` with the same values on a read connection (its generic plan, as the walk's prepared statement has), and each scan with the rows it found.",
    "",
    "| walk | statement | waited ms | planning ms | execution ms | scans (rows) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...lines,
    "<!-- walks:plans:end -->",
  ].join("\n");
  console.log(`\n${section}\n`);
  const file = path.join(ROOT, "docs", "benchmarks.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const marker = /<!-- walks:plans:start -->[\s\S]*<!-- walks:plans:end -->/;
  writeFileSync(file, marker.test(current) ? current.replace(marker, section) : `${current.trimEnd()}\n\n${section}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
