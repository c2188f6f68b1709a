import { writeFileSync } from "node:fs";
import path from "node:path";
import { visibilityViewsSql } from "./visibility";

/**
 * `npm run migration:views`: writes a new migration holding, as frozen SQL, the views the rules in
 * visibility.ts describe now. Run it after changing the rules or adding columns to a viewed table.
 */
function main() {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const name = `Migration${stamp}`;
  const file = path.join(__dirname, "..", "..", "..", "migrations", `${name}.ts`);
  const statements = visibilityViewsSql()
    .map((statement) => `    this.addSql(${JSON.stringify(statement)});`)
    .join("\n");
  writeFileSync(
    file,
    `import { Migration } from "@mikro-orm/migrations";

/** The visibility views as src/database/visibility.ts described them on ${new Date().toISOString().slice(0, 10)} (written by \`npm run migration:views\`; frozen). */
export class ${name} extends Migration {
  override async up(): Promise<void> {
${statements}
  }
}
`,
  );
  console.log(`Wrote migrations/${name}.ts. Add it to migrations/index.ts, then run the tests.`);
}

main();
