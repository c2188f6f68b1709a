import { Migration } from "@mikro-orm/migrations";

/**
 * Visibility as schemas of views: `ipo_published` shows what readers and members may see, `ipo_editor`
 * what editors see. Reads run with `search_path` set to one of them (then `public`), so every read path
 * (loaders, lists, graph walks, search, statistics, _entities) sees only visible rows without a filter of
 * its own. A node is visible when its state is, and so is every node it cannot exist without (a quote's
 * experiment and person, an activity's experiment); an edge when both its ends are.
 *
 * `select *` is expanded when a view is created: a later migration that adds columns to one of these
 * tables must create the views again (a test compares every view's columns with its table's).
 */
const SCHEMAS: Record<string, string[]> = { ipo_published: ["PUBLISHED"], ipo_editor: ["PUBLISHED", "SUBMITTED"] };

/** Tables in dependency order, with the conditions (besides their own state) that make a row visible. */
const VIEWS: Array<{ table: string; node: boolean; requires?: string[]; optional?: string[]; hidden?: boolean }> = [
  { table: "region", node: true },
  { table: "specialty", node: true },
  { table: "institution", node: true },
  { table: "person", node: true },
  { table: "care_transition", node: true },
  { table: "programme", node: true, requires: ["owner_pk:institution"] },
  { table: "experiment", node: true },
  { table: "learning_activity", node: true, requires: ["experiment_pk:experiment"] },
  { table: "deliverable", node: true, optional: ["experiment_pk:experiment", "programme_pk:programme"] },
  { table: "factor", node: true, optional: ["experiment_pk:experiment", "programme_pk:programme"] },
  { table: "quote", node: true, requires: ["experiment_pk:experiment", "person_pk:person"] },
  { table: "reference", node: false, optional: ["experiment_pk:experiment", "programme_pk:programme"] },
  { table: "affiliation", node: false, requires: ["person_pk:person", "institution_pk:institution"] },
  { table: "experiment_institution", node: false, requires: ["experiment_pk:experiment", "institution_pk:institution"] },
  { table: "experiment_person", node: false, requires: ["experiment_pk:experiment", "person_pk:person"] },
  { table: "experiment_specialty", node: false, requires: ["experiment_pk:experiment", "specialty_pk:specialty"] },
  { table: "experiment_relation", node: false, requires: ["experiment_pk:experiment", "related_experiment_pk:experiment"] },
  { table: "experiment_care_transition", node: false, requires: ["experiment_pk:experiment", "care_transition_pk:care_transition"] },
];

export function createVisibilityViewsSql(): string[] {
  const statements: string[] = [];
  for (const [schema, states] of Object.entries(SCHEMAS)) {
    statements.push(`create schema if not exists "${schema}";`);
    for (const view of VIEWS) {
      const exists = (spec: string) => {
        const [column, target] = spec.split(":");
        return `exists (select 1 from "${schema}"."${target}" v where v."pk" = t."${column}")`;
      };
      const conditions = [
        ...(view.node ? [`t."state" in (${states.map((state) => `'${state}'`).join(", ")})`] : []),
        ...(view.requires ?? []).map(exists),
        ...(view.optional ?? []).map((spec) => `(t."${spec.split(":")[0]}" is null or ${exists(spec)})`),
      ];
      statements.push(`create or replace view "${schema}"."${view.table}" as select t.* from "public"."${view.table}" t${conditions.length ? ` where ${conditions.join(" and ")}` : ""};`);
    }
    // submissions (personal data) and the audit trail are for editors and admins only
    for (const table of ["submission", "audit_event"]) {
      statements.push(`create or replace view "${schema}"."${table}" as select t.* from "public"."${table}" t${schema === "ipo_published" ? " where false" : ""};`);
    }
  }
  return statements;
}

export class Migration20261122145442 extends Migration {
  override async up(): Promise<void> {
    for (const statement of createVisibilityViewsSql()) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const schema of Object.keys(SCHEMAS)) this.addSql(`drop schema if exists "${schema}" cascade;`);
  }
}
