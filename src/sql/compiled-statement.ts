import type { Knex } from "@mikro-orm/knex";

/**
 * A statement compiled once per access path: MikroORM's knex builds the SQL from identifiers and
 * placeholders for every value (identifiers and values kept apart by construction); each run only binds
 * the values. Placeholders are stand-ins handed out by `StatementSlots`, found again by identity in the
 * compiled bindings, so the text never depends on a value and can be prepared by PostgreSQL.
 */
export interface CompiledStatement {
  /** SQL with `$n` parameters. */
  readonly text: string;
  /** The parameters for one run, in placeholder order. */
  bind(values: Readonly<Record<string, unknown>>): unknown[];
  /** The builder it was compiled from (with the stand-ins), so several statements can be compiled into one. */
  readonly query: Knex.QueryBuilder | Knex.Raw;
  /** Which stand-in stands for which slot. */
  readonly slots: ReadonlyMap<unknown, string>;
}

/** Several compiled statements as one: each one's rows as JSON, tagged with its place in the list. */
export interface CombinedStatement {
  readonly text: string;
  bind(values: ReadonlyArray<Readonly<Record<string, unknown>>>): unknown[];
}

/**
 * `select <i>, json_agg(s) from (<statement i>) s union all ...`, compiled by knex from the statements'
 * builders: one round trip for the statements a request sends in the same tick (the loaders of one level).
 * Each statement's rows come back as one JSON array in one row (numbers, strings, arrays, null as they were;
 * dates are read as text already), in no promised order: a row per statement is parsed once, where a row
 * per result row (`row_to_json`) cost the driver a message, a row object and a parse for each.
 */
export function combineStatements(knex: Knex, statements: readonly CompiledStatement[]): CombinedStatement {
  const part = new Map<unknown, [number, string]>();
  const indexes: unknown[] = [];
  statements.forEach((statement, index) => {
    for (const [marker, name] of statement.slots) part.set(marker, [index, name]);
    const marker = Object.freeze({ statement: index });
    part.set(marker, [index, "__statement"]);
    indexes.push(marker);
  });
  const branches = statements.map((statement, index) =>
    knex.raw("select ?::int as ??, json_agg(s) as ?? from ? as s", [
      indexes[index] as Knex.Value,
      "__statement",
      "__rows",
      statement.query as never,
    ]),
  );
  const { sql, bindings } = knex
    .raw(branches.map(() => "?").join(" union all "), branches)
    .toSQL()
    .toNative();
  const places = (bindings as unknown[]).map((binding) => {
    const found = part.get(binding);
    if (!found) throw new Error(`A value was bound without a slot: ${String(binding)}`);
    return found;
  });
  return {
    text: sql,
    bind: (values) => places.map(([index, name]) => (name === "__statement" ? index : values[index]![name])),
  };
}

// integers no real binding uses (every real value is bound through a slot, so only slots are in the bindings);
// unique across statements, so that statements compiled into one still tell their stand-ins apart
let nextIntegerMarker = 2_000_000_001;

/** Hands out the stand-ins a statement is built with: `value(name)` anywhere a value goes, `integer(name)` where knex wants a number (limit). */
export class StatementSlots {
  private readonly stand: Array<{ marker: unknown; name: string }> = [];

  value(name: string): Knex.Value {
    const marker = Object.freeze({ slot: name });
    this.stand.push({ marker, name });
    return marker as unknown as Knex.Value;
  }

  integer(name: string): number {
    const marker = nextIntegerMarker++;
    this.stand.push({ marker, name });
    return marker;
  }

  compile(query: Knex.QueryBuilder | Knex.Raw): CompiledStatement {
    const { sql, bindings } = query.toSQL().toNative();
    const slots = new Map(this.stand.map((entry) => [entry.marker, entry.name]));
    const names = (bindings as unknown[]).map((binding) => {
      const found = this.stand.find((entry) => entry.marker === binding);
      if (!found) throw new Error(`A value was bound without a slot: ${String(binding)}`);
      return found.name;
    });
    return {
      text: sql,
      query,
      slots,
      bind: (values) =>
        names.map((name) => {
          if (!(name in values)) throw new Error(`No value for slot "${name}"`);
          return values[name];
        }),
    };
  }
}

/** A one-off statement from knex (raw SQL with `?` values and `??` identifiers, or a builder): compiled by knex, not by us. */
export function compileOnce(query: Knex.QueryBuilder | Knex.Raw): { text: string; params: unknown[] } {
  const { sql, bindings } = query.toSQL().toNative();
  return { text: sql, params: bindings as unknown[] };
}
