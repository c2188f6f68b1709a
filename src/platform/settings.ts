/** A setting read from the environment: its variable and default (and, for the README, what it bounds). */
export interface Setting {
  env: string;
  default: number;
  meaning: string;
}

export function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/** Every setting of a table, from the environment or its default. */
export function readSettings<T extends Record<string, Setting>>(settings: T, env: NodeJS.ProcessEnv): { [K in keyof T]: number } {
  return Object.fromEntries(
    Object.entries(settings).map(([name, setting]) => [name, positiveInteger(env[setting.env], setting.default, setting.env)]),
  ) as { [K in keyof T]: number };
}
