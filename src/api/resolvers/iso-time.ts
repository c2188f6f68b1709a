/** A timestamp as PostgreSQL prints it (or a Date), in ISO 8601; null stays null. */
export function isoTime(value: unknown): string | null {
  return value == null ? null : new Date(value as string).toISOString();
}
