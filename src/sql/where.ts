import type { Knex } from "@mikro-orm/knex";

/** Collects the conditions of a filtered list and their values, bound by knex (`?` values, `??` identifiers). */
export class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** Adds `condition` with its parameters when `value` is given (not null or undefined). */
  when<T>(value: T | null | undefined, condition: (value: T) => [string, ...unknown[]]): this {
    return value === null || value === undefined ? this : this.add(...condition(value));
  }

  /** `where a and b` (or nothing), for raw statements; the parameters are `params`. */
  toSql(): string {
    return this.conditions.length ? `where ${this.conditions.join(" and ")}` : "";
  }

  /** The conditions on a knex builder. */
  applyTo(builder: Knex.QueryBuilder): Knex.QueryBuilder {
    return this.conditions.length ? builder.whereRaw(this.conditions.join(" and "), this.params as Knex.RawBinding[]) : builder;
  }
}
