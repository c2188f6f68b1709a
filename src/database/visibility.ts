/**
 * The visibility rules, in one place: which publication states each visibility sees, the schema of views
 * and the read role that carry it, and which rows each view shows. Every viewed row carries a visibility
 * level (visibility-level.ts) that triggers keep from its own state and the levels of the rows it cannot
 * exist without; the views filter that one column, so the planner reads a view like its table. The
 * triggers, the backfill and the views are written into frozen migrations by `npm run migration:create`;
 * a test checks that the database's views, functions and triggers are exactly what these rules generate
 * (so a change of the rules without a migration fails).
 */
import { nodeTypeOf } from "../catalogue/node-types";
import { EDGES, REFERENCES } from "../catalogue/relations";
import { editorOnlyEntities, viewedEntities } from "../catalogue/entities";
import { PublicationState } from "../model/entities/publication-state";
import { entityMetadata } from "../catalogue/entity-metadata";
import { VISIBILITY_COLUMN } from "../model/visibility-level";
import { type EntityClass } from "../catalogue/catalogue.types";

export const VISIBILITIES = {
  published: { schema: "ipo_published", role: "ipo_read_published", states: ["PUBLISHED"] },
  editor: { schema: "ipo_editor", role: "ipo_read_editor", states: ["PUBLISHED", "SUBMITTED"] },
} as const;

export type Visibility = keyof typeof VISIBILITIES;

/** The level of a row: how many visibilities see it (the visibilities see nested sets of states). */
const TOP_LEVEL = Object.keys(VISIBILITIES).length;
const stateLevel = (state: string) =>
  Object.values(VISIBILITIES).filter((visibility) => (visibility.states as readonly string[]).includes(state)).length;

/** The least level a visibility sees: a row is in its views when its level reaches this. */
export function visibilityThreshold(visibility: Visibility): number {
  const threshold = Math.min(...VISIBILITIES[visibility].states.map(stateLevel));
  const seen = Object.values(PublicationState).filter((state) => stateLevel(state) >= threshold);
  if (seen.length !== VISIBILITIES[visibility].states.length)
    throw new Error(`The visibilities must see nested sets of states to be kept as levels; ${visibility} does not`);
  return threshold;
}

export interface ViewRule {
  table: string;
  /** A node type: visible when its own state is. */
  node: boolean;
  /** `column:table` of rows it cannot exist without (the reference is not null). */
  requires: string[];
  /** `column:table` of rows it cannot exist without when the reference is set. */
  optional: string[];
}

const tableOf = (entity: EntityClass) => entityMetadata().get(entity.name).tableName;

/**
 * Which rows each view shows, derived from the catalogue: a node is visible when its state is, and so is
 * every row it cannot exist without (references declared `dependent`); an edge when both its ends are.
 * In dependency order, so every level is computed after the levels it reads.
 */
export function viewRules(): ViewRule[] {
  const metadata = entityMetadata();
  const end = (entity: EntityClass, key: string) => {
    const prop = metadata.get(entity.name).properties[key as never] as { fieldNames: string[]; type: string; nullable?: boolean };
    return { spec: `${prop.fieldNames[0]}:${metadata.get(prop.type).tableName}`, nullable: prop.nullable === true };
  };
  const rules = viewedEntities.map((entity): ViewRule => {
    const ends = [
      ...REFERENCES.filter((reference) => reference.child === entity && reference.dependent).map((reference) => end(entity, reference.key)),
      ...(EDGES.find((edge) => edge.edge === entity)?.ends ?? []).map((edgeEnd) => end(entity, edgeEnd.key)),
    ];
    return {
      table: tableOf(entity),
      node: nodeTypeOf(entity) !== undefined,
      requires: ends.filter((e) => !e.nullable).map((e) => e.spec),
      optional: ends.filter((e) => e.nullable).map((e) => e.spec),
    };
  });
  const ordered: ViewRule[] = [];
  const pending = [...rules];
  while (pending.length > 0) {
    const index = pending.findIndex((rule) =>
      [...rule.requires, ...rule.optional].every(
        (spec) => spec.endsWith(`:${rule.table}`) || ordered.some((done) => spec.endsWith(`:${done.table}`)),
      ),
    );
    if (index < 0)
      throw new Error(`The visibility rules depend on each other in a circle: ${pending.map((rule) => rule.table).join(", ")}`);
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
const LEVEL = quoted(VISIBILITY_COLUMN);
const split = (spec: string) => spec.split(":") as [column: string, table: string];

/** The level of a row `row` (`new` in a trigger, an alias in a statement) by its rule. */
function levelSql(rule: ViewRule, row: string): string {
  const levelOf = (spec: string) => {
    const [column, target] = split(spec);
    return `coalesce((select v.${LEVEL} from "public".${quoted(target)} v where v."pk" = ${row}.${quoted(column)}), 0)`;
  };
  const stateLevels = Object.values(PublicationState)
    .map((state) => ({ state, level: stateLevel(state) }))
    .filter(({ level }) => level > 0);
  return `least(${[
    String(TOP_LEVEL),
    ...(rule.node
      ? [`case ${row}."state" ${stateLevels.map(({ state, level }) => `when '${state}' then ${level}`).join(" ")} else 0 end`]
      : []),
    ...rule.requires.map(levelOf),
    ...rule.optional.map((spec) => `case when ${row}.${quoted(split(spec)[0])} is null then ${TOP_LEVEL} else ${levelOf(spec)} end`),
  ].join(", ")})`;
}

/** A trigger function the rules need: its name and its body (as PostgreSQL keeps it, to compare). */
export interface VisibilityFunction {
  name: string;
  table: string;
  body: string;
}

/**
 * Per viewed table, `ipo_visibility_of_<table>` computes a row's level before it is written; per table
 * other rows depend on, `ipo_visibility_from_<table>` recomputes those rows when its level changed
 * (touching them fires their own trigger, so a change travels as far as it reaches and no further).
 */
export function visibilityFunctions(): VisibilityFunction[] {
  const rules = viewRules();
  const functions: VisibilityFunction[] = rules.map((rule) => ({
    name: `ipo_visibility_of_${rule.table}`,
    table: rule.table,
    body: `\nbegin\n  new.${LEVEL} := ${levelSql(rule, "new")};\n  return new;\nend\n`,
  }));
  for (const target of rules) {
    const dependents = rules.flatMap((rule) =>
      [...rule.requires, ...rule.optional]
        .filter((spec) => split(spec)[1] === target.table)
        .map((spec) => ({ table: rule.table, column: split(spec)[0] })),
    );
    if (dependents.length === 0) continue;
    const updates = dependents
      .map(({ table, column }) => `  update "public".${quoted(table)} t set ${LEVEL} = t.${LEVEL} where t.${quoted(column)} = new."pk";\n`)
      .join("");
    functions.push({ name: `ipo_visibility_from_${target.table}`, table: target.table, body: `\nbegin\n${updates}  return null;\nend\n` });
  }
  return functions;
}

/** The triggers that call them, as DDL. */
export function visibilityTriggersSql(): string[] {
  return visibilityFunctions().map(({ name, table }) =>
    name.startsWith("ipo_visibility_of_")
      ? `create or replace trigger "ipo_visibility" before insert or update on "public".${quoted(table)} for each row execute function "public".${quoted(name)}();`
      : `create or replace trigger "ipo_visibility_travels" after update on "public".${quoted(table)} for each row when (old.${LEVEL} is distinct from new.${LEVEL}) execute function "public".${quoted(name)}();`,
  );
}

/** The views of one schema set; `schemas` renames the schemas (the test writes a copy beside the real ones). */
export function visibilityViewsSql(
  schemas: Record<Visibility, string> = { published: VISIBILITIES.published.schema, editor: VISIBILITIES.editor.schema },
): string[] {
  const statements: string[] = [];
  for (const visibility of Object.keys(VISIBILITIES) as Visibility[]) {
    const schema = schemas[visibility];
    statements.push(`create schema if not exists ${quoted(schema)};`);
    for (const view of viewRules()) {
      statements.push(
        `create or replace view ${quoted(schema)}.${quoted(view.table)} as select t.* from "public".${quoted(view.table)} t where t.${LEVEL} >= ${visibilityThreshold(visibility)};`,
      );
    }
    for (const table of editorOnlyEntities.map(tableOf)) {
      statements.push(
        `create or replace view ${quoted(schema)}.${quoted(table)} as select t.* from "public".${quoted(table)} t${visibility === "published" ? " where false" : ""};`,
      );
    }
  }
  const editor = quoted(schemas.editor);
  statements.push(
    `create or replace view ${editor}."submitted_experiment" as select t.* from "public"."experiment" t where t."state" in (${states(REVIEW_STATES)}) and exists (select 1 from "public"."submission" s where s."experiment_pk" = t."pk");`,
  );
  for (const { table, end } of REVIEW_LINKS) {
    const [column, target] = split(end);
    statements.push(
      `create or replace view ${editor}.${quoted(`submitted_${table}`)} as select t.* from "public".${quoted(table)} t where exists (select 1 from ${editor}."submitted_experiment" e where e."pk" = t."experiment_pk") and exists (select 1 from ${editor}.${quoted(target)} v where v."pk" = t.${quoted(column)});`,
    );
  }
  return statements;
}

/**
 * Everything the rules write, in order: the trigger functions and triggers, the levels of the rows there
 * are (in dependency order; only rows whose level is wrong are written), the views.
 */
export function visibilitySql(): string[] {
  return [
    ...visibilityFunctions().map(
      ({ name, body }) => `create or replace function "public".${quoted(name)}() returns trigger language plpgsql as $$${body}$$;`,
    ),
    ...visibilityTriggersSql(),
    ...viewRules().map(
      (rule) => `update "public".${quoted(rule.table)} t set ${LEVEL} = ${levelSql(rule, "t")} where t.${LEVEL} <> ${levelSql(rule, "t")};`,
    ),
    ...visibilityViewsSql(),
  ];
}
