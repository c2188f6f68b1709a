import "reflect-metadata";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { ANONYMOUS, Role } from "../../model/viewer";
import { readConfig } from "../config";
import { createContextDeps, DEFAULT_PUBLIC_BASE_URL } from "../../request/context";
import { connectDatabase } from "../../database/connect";
import { EXPORTS, type ExportName } from "../../features/export/export-formats";
import { writeExport } from "../../features/export/export-formats";

const FORMATS: Record<string, ExportName> = {
  ndjsonld: "graph.ndjsonld",
  nquads: "graph.nq",
  turtle: "graph.ttl",
  csv: "graph.csv.zip",
  gexf: "collaboration.gexf",
  graphml: "collaboration.graphml",
};
const USAGE = `npm run export -- --format ${Object.keys(FORMATS).join("|")} --out <file> [--role reader|member|editor] [--region-id <id>] [--institution-type T] [--domain D] [--kind K] [--start-year-from Y] [--start-year-to Y] [--min-weight N]`;

/** `npm run export`: the same exports as /export/<name>, written to a file, for the role given (anonymous by default). */
async function main() {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string" },
      role: { type: "string", default: "reader" },
      "region-id": { type: "string" },
      "institution-type": { type: "string" },
      domain: { type: "string" },
      kind: { type: "string" },
      "start-year-from": { type: "string" },
      "start-year-to": { type: "string" },
      "min-weight": { type: "string" },
    },
  });
  const name = FORMATS[values.format ?? ""];
  if (!name || !values.out) throw new Error(`Usage: ${USAGE}`);
  const role = values.role!.toUpperCase() as Role;
  if (!Object.values(Role).includes(role)) throw new Error(`--role must be one of ${Object.values(Role).join(", ").toLowerCase()}`);
  const config = readConfig();
  const database = await connectDatabase(config, {}, { shareEmbedded: true });
  try {
    const deps = createContextDeps(database, { links: { baseUrl: config.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL } });
    const out = createWriteStream(values.out);
    await writeExport(out, name, deps, role === Role.READER ? ANONYMOUS : { role, subject: "npm-run-export" }, {
      regionId: values["region-id"],
      institutionType: values["institution-type"],
      domain: values.domain,
      kind: values.kind,
      startYearFrom: values["start-year-from"],
      startYearTo: values["start-year-to"],
      minWeight: values["min-weight"],
    });
    out.end();
    await once(out, "finish");
    console.log(`Wrote ${EXPORTS[name].description} to ${values.out} (${database.description}).`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
