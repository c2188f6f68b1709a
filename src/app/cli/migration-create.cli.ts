import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../platform/project-root";
import { readConfig } from "../config";
import { connectDatabase } from "../../database/connect";
import { visibilitySql } from "../../database/visibility";
import { dataChangeSql } from "../../database/data-changes";

const MIGRATIONS = path.join(PROJECT_ROOT, "migrations");

/**
 * `npm run migration:create`: one new migration, as frozen SQL, holding what the entities need that the
 * database (DATABASE_URL, or the embedded one, with every migration applied) lacks, and the visibility
 * levels' triggers, their backfill, the views the rules describe now and the triggers that announce writes (a new table gets its triggers and
 * views, new columns reach the `select *` views); registered in migrations/index.ts. Writes nothing when the entities and the database agree.
 */
async function main() {
  const database = await connectDatabase(readConfig(process.env));
  try {
    const { up } = await database.orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false, safe: false });
    const schemaStatements = up
      .split(/;\n/)
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0)
      .map((statement) => (statement.endsWith(";") ? statement : `${statement};`));
    if (schemaStatements.length === 0 && !process.argv.includes("--views")) {
      console.log(
        "The database already matches the entities: no migration written (add --views to write the visibility triggers and views alone).",
      );
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const name = `Migration${stamp}`;
    const lines = [...schemaStatements, ...visibilitySql(), ...dataChangeSql()]
      .map((statement) => `    this.addSql(${JSON.stringify(statement)});`)
      .join("\n");
    writeFileSync(
      path.join(MIGRATIONS, `${name}.ts`),
      `import { Migration } from "@mikro-orm/migrations";

/** Written by \`npm run migration:create\` on ${new Date().toISOString().slice(0, 10)}: the schema the entities needed, then the visibility triggers, levels and views (frozen). */
export class ${name} extends Migration {
  override async up(): Promise<void> {
${lines}
  }
}
`,
    );
    const indexFile = path.join(MIGRATIONS, "index.ts");
    const index = readFileSync(indexFile, "utf8")
      .replace(
        /(\nimport \{ Migration\d+ \} from "\.\/Migration\d+";)(?![\s\S]*\nimport \{ Migration)/,
        `$1\nimport { ${name} } from "./${name}";`,
      )
      .replace(
        /(\n {2}\{ name: "Migration\d+", class: Migration\d+ \},)(?![\s\S]*\n {2}\{ name: "Migration)/,
        `$1\n  { name: "${name}", class: ${name} },`,
      );
    writeFileSync(indexFile, index);
    console.log(
      `Wrote migrations/${name}.ts (${schemaStatements.length} schema statements and the views) and registered it in migrations/index.ts.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
