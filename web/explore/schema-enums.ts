// The enum values of the API, read from src/schema.client.graphql when the explorer is built (web/build.mjs),
// so filters offer exactly what the API accepts.
declare const SCHEMA_ENUMS: Record<string, Array<{ value: string; description: string | null }>>;

export function enumValues(enumName: string): string[] {
  return (SCHEMA_ENUMS[enumName] ?? []).map((entry) => entry.value);
}

export function enumDescription(enumName: string, value: string): string | null {
  return SCHEMA_ENUMS[enumName]?.find((entry) => entry.value === value)?.description ?? null;
}
