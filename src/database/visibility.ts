/**
 * The visibility rules, in one place: which publication states each visibility sees, the schema of views
 * and the read role that carry it, and which rows each view shows. The views are written into frozen
 * migrations by `npm run migration:views`; a test checks that the database's views are exactly what
 * these rules generate (so a change of the rules without a migration fails).
 */
export const VISIBILITIES = {
  published: { schema: "ipo_published", role: "ipo_read_published", states: ["PUBLISHED"] },
  editor: { schema: "ipo_editor", role: "ipo_read_editor", states: ["PUBLISHED", "SUBMITTED"] },
} as const;

export type Visibility = keyof typeof VISIBILITIES;

/**
 * Tables in dependency order, with the conditions (besides their own state) that make a row visible: a
 * node is visible when its state is, and so is every node it cannot exist without (`requires`; `optional`
 * when the reference may be null); an edge when both its ends are.
 */
export const VIEWS: Array<{ table: string; node: boolean; requires?: string[]; optional?: string[] }> = [
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

/** Personal data and history: editors and admins see all of it, readers none. */
const EDITOR_ONLY = ["submission", "audit_event"];

/** Editors' review of submissions: every submitted experiment, whatever became of it, and what it came with. */
const REVIEW_STATES = ["SUBMITTED", "PUBLISHED", "REJECTED"];
const REVIEW_LINKS = [
  { table: "experiment_institution", end: "institution_pk:institution" },
  { table: "experiment_specialty", end: "specialty_pk:specialty" },
];

const quoted = (name: string) => `"${name}"`;
const states = (list: readonly string[]) => list.map((state) => `'${state}'`).join(", ");

/** The DDL the rules describe; `schemas` renames the schemas (the test writes a copy beside the real ones). */
export function visibilityViewsSql(schemas: Record<Visibility, string> = { published: VISIBILITIES.published.schema, editor: VISIBILITIES.editor.schema }): string[] {
  const statements: string[] = [];
  for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
    const schema = schemas[visibility];
    statements.push(`create schema if not exists ${quoted(schema)};`);
    for (const view of VIEWS) {
      const exists = (spec: string) => {
        const [column, target] = spec.split(":");
        return `exists (select 1 from ${quoted(schema)}.${quoted(target!)} v where v."pk" = t.${quoted(column!)})`;
      };
      const conditions = [
        ...(view.node ? [`t."state" in (${states(VISIBILITIES[visibility].states)})`] : []),
        ...(view.requires ?? []).map(exists),
        ...(view.optional ?? []).map((spec) => `(t.${quoted(spec.split(":")[0]!)} is null or ${exists(spec)})`),
      ];
      statements.push(`create or replace view ${quoted(schema)}.${quoted(view.table)} as select t.* from "public".${quoted(view.table)} t${conditions.length ? ` where ${conditions.join(" and ")}` : ""};`);
    }
    for (const table of EDITOR_ONLY) {
      statements.push(`create or replace view ${quoted(schema)}.${quoted(table)} as select t.* from "public".${quoted(table)} t${visibility === "published" ? " where false" : ""};`);
    }
  }
  const editor = quoted(schemas.editor);
  statements.push(
    `create or replace view ${editor}."submitted_experiment" as select t.* from "public"."experiment" t where t."state" in (${states(REVIEW_STATES)}) and exists (select 1 from "public"."submission" s where s."experiment_pk" = t."pk");`,
  );
  for (const { table, end } of REVIEW_LINKS) {
    const [column, target] = end.split(":");
    statements.push(
      `create or replace view ${editor}.${quoted(`submitted_${table}`)} as select t.* from "public".${quoted(table)} t where exists (select 1 from ${editor}."submitted_experiment" e where e."pk" = t."experiment_pk") and exists (select 1 from ${editor}.${quoted(target!)} v where v."pk" = t.${quoted(column!)});`,
    );
  }
  return statements;
}
