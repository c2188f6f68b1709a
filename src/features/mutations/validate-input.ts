import { ProblemCode } from "../../platform/problem-code";
import type { AppContext } from "../../request/context";
import { slugify } from "../../platform/slugify";
import { tryDecodeGlobalId } from "../../catalogue/global-id";
import type { InputValues } from "./input-types";
import { Problems } from "./problems";
import { LIST_MAX_ITEMS, type WritableField } from "./writable-fields";
import type { WriteSpec } from "./node-write-specs";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a create or link (`pk` undefined) or an update input against its fields' rules and the node type's own
 * checks, and turns it into entity values (references as primary keys). Every problem is reported at
 * once, per field; nothing is written when there is one.
 */
export async function validateInput(
  ctx: AppContext,
  spec: WriteSpec,
  input: InputValues,
  pk?: number,
  collector?: Problems,
): Promise<Record<string, unknown>> {
  // with a collector of the caller's, its problems are left for the caller to report with its own
  const problems = collector ?? new Problems();
  const creating = pk === undefined;
  const values: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const value = input[field.inputName];
    if (value === undefined) {
      if (creating && field.required) problems.add(field.inputName, ProblemCode.REQUIRED, "is required");
      // a new node's audit event shows every optional field, left-out ones as null
      else if (creating && field.nullable) values[field.property] = null;
      else if (creating && field.list) values[field.property] = [];
      continue;
    }
    if (value === null) {
      if (!field.nullable)
        problems.add(
          field.inputName,
          creating && field.required ? ProblemCode.REQUIRED : ProblemCode.NOT_NULL,
          creating && field.required ? "is required" : "may not be null",
        );
      else values[field.property] = null;
      continue;
    }
    const checked = await checkValue(ctx, field, value, problems);
    if (checked !== undefined) values[field.property] = checked;
  }
  spec.check?.({ input, values, problems, pk });
  await checkUniques(ctx, spec, values, problems, pk);
  if (collector) return values;
  problems.throwIfAny();
  if (creating && values.slug === undefined && spec.fields.some((field) => field.kind === "slug"))
    values.slug = await freeSlug(ctx, spec, input);
  return values;
}

async function checkValue(ctx: AppContext, field: WritableField, value: unknown, problems: Problems): Promise<unknown> {
  const name = field.inputName;
  switch (field.kind) {
    case "slug":
      problems.slug(name, value as string);
      return value;
    case "text":
      return problems.text(name, value as string, field.maxLength!);
    case "email":
      return problems.email(name, value as string);
    case "texts": {
      const items = value as string[];
      if (items.length > LIST_MAX_ITEMS)
        problems.add(name, ProblemCode.TOO_MANY, `has ${items.length} entries; the most is ${LIST_MAX_ITEMS}`, LIST_MAX_ITEMS);
      return items.map((item, index) => problems.text(`${name}[${index}]`, item, field.maxLength!, { required: true }));
    }
    case "enums": {
      const items = value as string[];
      if (new Set(items).size !== items.length) problems.add(name, ProblemCode.REPEATED, "may not repeat a value");
      return items;
    }
    case "int": {
      const [min, max] = field.range!;
      if ((value as number) < min || (value as number) > max)
        problems.add(name, ProblemCode.OUT_OF_RANGE, `must be between ${min} and ${max}`, max);
      return value;
    }
    case "date": {
      const text = value as string;
      if (
        !DATE.test(text) ||
        Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ||
        new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text
      ) {
        problems.add(name, ProblemCode.NOT_A_DATE, "must be a date written YYYY-MM-DD");
      }
      return value;
    }
    case "reference": {
      const decoded = tryDecodeGlobalId(value as string);
      if (!decoded || decoded.type !== field.target!.type)
        return problems.add(name, ProblemCode.NOT_AN_ID, `must be the id of a ${field.target!.type}`);
      if (!(await ctx.loaders.node(field.target!.entity).load(decoded.pk)))
        return problems.add(name, ProblemCode.NOT_FOUND, `names no ${field.target!.type} you can see`);
      return decoded.pk;
    }
    default:
      return value;
  }
}

/** Values of single-column unique properties (the slug, an experiment's number) already used by another row. */
async function checkUniques(
  ctx: AppContext,
  spec: WriteSpec,
  values: Record<string, unknown>,
  problems: Problems,
  pk?: number,
): Promise<void> {
  for (const property of spec.uniqueProperties) {
    const value = values[property];
    if (value == null || problems.list.some((problem) => problem.field === property)) continue;
    // every row counts, archived and submitted ones too: the database refuses duplicates among all of them
    const taken = await ctx.em.count(spec.entity, { [property]: value, ...(pk ? { pk: { $ne: pk } } : {}) } as never);
    if (taken > 0) problems.add(spec.fields.find((field) => field.property === property)!.inputName, ProblemCode.TAKEN, "is taken");
  }
}

/**
 * A slug for a new node that names none: from its name or title, numbered when that one is taken. Given
 * the entity manager of a transaction, it first takes a transaction lock on the slug, so that concurrent
 * writers of one title are numbered one after the other instead of colliding.
 */
export async function freeSlug(ctx: AppContext, spec: WriteSpec, input: InputValues, em?: AppContext["em"]): Promise<string> {
  const base = slugify(String(input.name ?? input.title ?? input.text ?? spec.type), 100) || spec.type.toLowerCase();
  const connection = (em ?? ctx.em).getConnection();
  const transaction = em?.getTransactionContext();
  if (transaction)
    await connection.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`${spec.table}.slug:${base}`], "all", transaction);
  const rows = await connection.execute<Array<{ slug: string }>>(
    `select slug from "public"."${spec.table}" where slug = ? or slug like ?`,
    [base, `${base}-%`],
    "all",
    transaction,
  );
  const taken = new Set(rows.map((row) => row.slug));
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
