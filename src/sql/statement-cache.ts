import type { CompiledStatement } from "./compiled-statement";

/**
 * Compiled statements by access path and shape (which columns, which filters): built once, then only bound.
 * Bounded, because shapes follow what requests ask for; a hostile client inventing shapes only refills it.
 */
export class StatementCache {
  private readonly statements = new Map<string, CompiledStatement>();

  constructor(private readonly maximum = 2000) {}

  get(key: string, compile: () => CompiledStatement): CompiledStatement {
    let statement = this.statements.get(key);
    if (!statement) {
      if (this.statements.size >= this.maximum) this.statements.clear();
      statement = compile();
      this.statements.set(key, statement);
    }
    return statement;
  }
}
