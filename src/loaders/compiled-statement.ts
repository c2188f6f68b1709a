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
}

/** Hands out the stand-ins a statement is built with: `value(name)` anywhere a value goes, `integer(name)` where knex wants a number (limit). */
export class StatementSlots {
  private readonly stand: Array<{ marker: unknown; name: string }> = [];
  // integers no real binding uses (every real value is bound through a slot, so only slots are in the bindings)
  private nextInteger = 2_000_000_001;

  value(name: string): Knex.Value {
    const marker = Object.freeze({ slot: name });
    this.stand.push({ marker, name });
    return marker as unknown as Knex.Value;
  }

  integer(name: string): number {
    const marker = this.nextInteger++;
    this.stand.push({ marker, name });
    return marker;
  }

  compile(query: Knex.QueryBuilder | Knex.Raw): CompiledStatement {
    const { sql, bindings } = query.toSQL().toNative();
    const names = (bindings as unknown[]).map((binding) => {
      const found = this.stand.find((entry) => entry.marker === binding);
      if (!found) throw new Error(`A value was bound without a slot: ${String(binding)}`);
      return found.name;
    });
    return {
      text: sql,
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
