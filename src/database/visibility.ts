/**
 * The visibility rules, in one place: which publication states each visibility sees, the schema of views
 * and the read role that carry it, and which rows each view shows. The views are written into frozen
 * migrations by `npm run migration:create`; a test checks that the database's views are exactly what
 * these rules generate (so a change of the rules without a migration fails).
 */
import { nodeTypeOf } from "../catalogue/node-types";
import { EDGES, REFERENCES } from "../catalogue/relations";
import { entities } from "../entities";
import type { EntityClass } from "../loaders/table";
import { entityMetadata } from "../schema/entity-metadata";

export const VISIBILITIES = {
  published: { schema: "ipo_published", role: "ipo_read_published", states: ["PUBLISHED"] },
  editor: { schema: "ipo_editor", role: "ipo_read_editor", states: ["PUBLISHED", "SUBMITTED"] },
} as const;

export type Visibility = keyof typeof VISIBILITIES;

/** Personal data and history: editors and admins see all of it, readers none. */
const EDITOR_ONLY = ["submission", "audit_event"];

export interface ViewRule {
  table: string;
  /** A node type: visible when its own state is. */
  node: boolean;
  /** `column:table` of rows it cannot exist without (the reference is not null). */
  requires: string[];
  /** `column:table` of rows it cannot exist without when the reference is set. */
  optional: string[];
}

/**
 * Which rows each view shows, derived from the catalogue: a node is visible when its state is, and so is
 * every row it cannot exist without (references declared `dependent`); an edge when both its ends are.
 * In dependency order, so every view is created after the views it reads.
 */
export function viewRules(): ViewRule[] {
  const metadata = entityMetadata();
  const end = (entity: EntityClass, key: string) => {
    const prop = metadata.get(entity.name).properties[key as never] as { fieldNames: string[]; type: string; nullable?: boolean };
    return { spec: `${prop.fieldNames[0]}:${metadata.get(prop.type).tableName}`, nullable: prop.nullable === true };
  };
  const rules = entities
    .map((entity) => metadata.get(entity.name))
    .filter((meta) => !EDITOR_ONLY.includes(meta.tableName))
    .map((meta): ViewRule => {
      const entity = meta.class as EntityClass;
      const ends = [
        ...REFERENCES.filter((reference) => reference.child === entity && reference.dependent).map((reference) => end(entity, reference.key)),
        ...(EDGES.find((edge) => edge.edge === entity)?.ends ?? []).map((edgeEnd) => end(entity, edgeEnd.key)),
      ];
      return { table: meta.tableName, node: nodeTypeOf(entity) !== undefined, requires: ends.filter((e) => !e.nullable).map((e) => e.spec), optional: ends.filter((e) => e.nullable).map((e) => e.spec) };
    });
  const ordered: ViewRule[] = [];
  const pending = [...rules];
  while (pending.length > 0) {
    const index = pending.findIndex((rule) => [...rule.requires, ...rule.optional].every((spec) => spec.endsWith(`:${rule.table}`) || ordered.some((done) => spec.endsWith(`:${done.table}`))));
    if (index < 0) throw new Error(`The visibility rules depend on each other in a circle: ${pending.map((rule) => rule.table).join(", ")}`);
    ordered.push(...pending.splice(index, 1));
  }
  return ordered;
}

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
    for (const view of viewRules()) {
      const exists = (spec: string) => {
        const [column, target] = spec.split(":");
        return `exists (select 1 from ${quoted(schema)}.${quoted(target!)} v where v."pk" = t.${quoted(column!)})`;
      };
      const conditions = [
        ...(view.node ? [`t."state" in (${states(VISIBILITIES[visibility].states)})`] : []),
        ...view.requires.map(exists),
        ...view.optional.map((spec) => `(t.${quoted(spec.split(":")[0]!)} is null or ${exists(spec)})`),
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
