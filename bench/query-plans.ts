import "reflect-metadata";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { readConfig } from "../src/app/config";
import { seed } from "../src/app/seed/seeder";
import { generateSyntheticNetwork } from "../src/app/synthetic/synthetic-network";
import { connectDatabase } from "../src/database/connect";
import { startHttpServer } from "../src/server/create-server";

/**
 * `npm run bench:plans [-- --scale 100]`: the plans PostgreSQL makes for what common filters, sorts, relation
 * conditions and aggregates send, on the synthetic network at that scale: each case's SQL as the API sends it,
 * `EXPLAIN (GENERIC_PLAN)` of each statement as the anonymous reader (the read pools keep generic plans), the
 * scans it plans, and the median time of five requests. A sequential scan of a table of more than 10,000 rows
 * is flagged. Writes a section of docs/benchmarks.md.
 */
const ROOT = path.join(__dirname, "..", "..");
const LARGE_TABLE_ROWS = 10_000;

const CASES: Array<{ name: string; query: string }> = [
  {
    name: "range filter, sorted by it",
    query: `{ experiments(first: 20, filter: { startYear: { gte: 2022 } }, sort: [{ field: startYear, direction: DESC }]) { totalCount nodes { title startYear } } }`,
  },
  {
    name: "list of values (hasAny)",
    query: `{ experiments(first: 20, filter: { domains: { hasAny: [MENTAL_HEALTH] } }) { totalCount nodes { title } } }`,
  },
  {
    name: "text contains",
    query: `{ institutions(first: 20, filter: { name: { contains: "ziekenhuis" } }) { totalCount nodes { name } } }`,
  },
  {
    name: "relation to one",
    query: `{ institutions(first: 20, filter: { region: { name: { eq: "Synthetische OOR 20" } } }) { totalCount nodes { name } } }`,
  },
  {
    name: "some, with the edge's fact",
    query: `{ experiments(first: 20, filter: { institutions: { some: { role: { eq: LEAD }, institution: { name: { startsWith: "umc oss" } } } } }) { totalCount nodes { title } } }`,
  },
  {
    name: "relation count",
    query: `{ experiments(first: 20, filter: { specialties: { count: { gte: 4 } } }) { totalCount nodes { title } } }`,
  },
  {
    name: "sort by a relation's count",
    query: `{ institutions(first: 20, sort: [{ count: { experiments: {} }, direction: DESC }]) { nodes { name } } }`,
  },
  {
    name: "nested filter and sort",
    query: `{ institutions(first: 20) { nodes { experimentsConnection(first: 5, filter: { role: { eq: LEAD } }, sort: [{ field: title }]) { totalCount nodes { experiment { title } } } } } }`,
  },
  {
    name: "figures of a list",
    query: `{ experiments(filter: { kind: { eq: EXPERIMENT } }) { aggregate { count min { startYear } max { startYear } } } }`,
  },
  { name: "groups by a field", query: `{ experiments { groups(by: [status]) { key { status } aggregate { count } } } }` },
  {
    name: "groups by region and year",
    query: `{ experiments { groups(by: [institutionsRegion, startYear], first: 100) { key { startYear } aggregate { count } } } }`,
  },
  {
    name: "nested groups",
    query: `{ institutions(first: 20) { nodes { experimentsConnection { groups(by: [role]) { key { role } aggregate { count } } } } } }`,
  },
];

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/** The scans of a plan, in order: `Seq Scan experiment`, `Index Scan experiment_pkey`, ... */
function scans(node: PlanNode, into: string[] = []): string[] {
  if (node["Node Type"].includes("Scan") && (node["Relation Name"] || node["Index Name"]))
    into.push(`${node["Node Type"]} ${node["Index Name"] ?? node["Relation Name"]}`);
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
}

async function main() {
  const scale = flag("scale", 100);
  const config = readConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_REQUESTS: "1000000000" });
  config.embeddedDataDir = path.join(ROOT, ".data", "bench-postgres");
  let recorded: string[] = [];
  // the read pools report what they send (the ORM's own log too, which reads never use)
  const database = await connectDatabase(config, { onQuery: (text) => recorded.push(text) });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const rowsOf = new Map<string, number>();
  try {
    await seed(database.orm);
    const counts = await generateSyntheticNetwork(client, scale, 42);
    console.log(`Synthetic network at scale ${scale}:`, counts);
    await client.query("analyze");
    const { rows } = await client.query<{ relname: string; n: string }>(
      "select relname, n_live_tup as n from pg_stat_user_tables where schemaname = 'public'",
    );
    for (const row of rows) rowsOf.set(row.relname, Number(row.n));
  } finally {
    await client.end();
  }
  // every run computed (the response cache would answer the five timed ones without a statement)
  const server = await startHttpServer(database, { ...config, production: false, reportSqlStatements: true, responseCache: false });
  const anonymous = database.readPools.of("published");
  const lines: string[] = [];
  try {
    for (const { name, query } of CASES) {
      const times: number[] = [];
      let statements: string[] = [];
      for (let run = 0; run < 6; run++) {
        recorded = [];
        const started = performance.now();
        const response = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        // the first run plans and warms up; the other five are timed
        if (run > 0) times.push(performance.now() - started);
        statements = recorded;
      }
      const plans: string[] = [];
      const connection = await anonymous.connect();
      try {
        for (const text of statements) {
          const { rows } = await connection.query(`explain (generic_plan, format json) ${text}`);
          const found = scans((rows[0]["QUERY PLAN"] as Array<{ Plan: PlanNode }>)[0]!.Plan);
          const flagged = found.map((scan) => {
            const table = /^Seq Scan (\S+)/.exec(scan)?.[1];
            return table && (rowsOf.get(table) ?? 0) > LARGE_TABLE_ROWS ? `**${scan}** (${rowsOf.get(table)} rows)` : scan;
          });
          plans.push([...new Set(flagged)].join(", "));
        }
      } finally {
        connection.release();
      }
      times.sort((a, b) => a - b);
      const line = `| ${name} | ${times[2]!.toFixed(1)} | ${statements.length} | ${plans.map((plan, index) => `${index + 1}: ${plan}`).join("; ")} |`;
      console.log(line);
      lines.push(line);
    }
  } finally {
    await server.stop();
    await database.close();
  }
  const table = [
    `| case | median ms | statements | scans planned (generic plan, as the anonymous reader) |`,
    "| --- | --- | --- | --- |",
    ...lines,
  ].join("\n");
  const section = [
    `<!-- plans:scale-${scale}:start -->`,
    `### Plans at scale ${scale} (${new Date().toISOString().slice(0, 10)})`,
    "",
    `Tables: ${[...rowsOf]
      .filter(([, n]) => n > LARGE_TABLE_ROWS)
      .map(([table, n]) => `${table} ${n}`)
      .join(
        ", ",
      )} rows. A sequential scan of a table over ${LARGE_TABLE_ROWS} rows is in bold. Median of five requests after one, one client, on the machine of the table above.`,
    "",
    table,
    `<!-- plans:scale-${scale}:end -->`,
  ].join("\n");
  console.log(`\n${section}\n`);
  const file = path.join(ROOT, "docs", "benchmarks.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const marker = new RegExp(`<!-- plans:scale-${scale}:start -->[\\s\\S]*<!-- plans:scale-${scale}:end -->`);
  writeFileSync(file, marker.test(current) ? current.replace(marker, section) : `${current.trimEnd()}\n\n${section}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
