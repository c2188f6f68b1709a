/** Collects the conditions and parameters of a filtered list query (knex `?` placeholders). */
export class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** Adds `condition` with its `?` parameters when `value` is given (not null or undefined). */
  when<T>(value: T | null | undefined, condition: (value: T) => [string, ...unknown[]]): this {
    return value === null || value === undefined ? this : this.add(...condition(value));
  }

  toSql(): string {
    return this.conditions.length ? `where ${this.conditions.join(" and ")}` : "";
  }
}
