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

  /**
   * The parameters with every value replaced by `bindValue(value, index)` (a statement's slot), identifiers
   * kept: knex's own placeholders tell them apart, `??` an identifier and `?` a value, in order.
   */
  bindWith(bindValue: (value: unknown, index: number) => unknown): unknown[] {
    const placeholders = this.conditions.join(" and ").match(/\?\??/g) ?? [];
    if (placeholders.length !== this.params.length) throw new Error("A condition's placeholders and parameters differ in number");
    let index = 0;
    return this.params.map((param, at) => (placeholders[at] === "??" ? param : bindValue(param, index++)));
  }

  /** The values alone, in the order `bindWith` numbers them. */
  values(): unknown[] {
    const placeholders = this.conditions.join(" and ").match(/\?\??/g) ?? [];
    return this.params.filter((_, at) => placeholders[at] === "?");
  }

  /** A key of the conditions' text and identifiers: two lists with the same key differ in values only. */
  shape(): string {
    const placeholders = this.conditions.join(" and ").match(/\?\??/g) ?? [];
    return JSON.stringify([this.conditions, this.params.map((param, at) => (placeholders[at] === "??" ? param : null))]);
  }

  /** The conditions on a knex builder. */
  applyTo(builder: Knex.QueryBuilder): Knex.QueryBuilder {
    return this.conditions.length ? builder.whereRaw(this.conditions.join(" and "), this.params as Knex.RawBinding[]) : builder;
  }
}
