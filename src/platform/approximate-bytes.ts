/**
 * About how many bytes a value takes as JSON, without building the text: strings by their length, keys by
 * theirs, other scalars (numbers, dates, booleans, null) 8 each. Counting stops once it passes `stopAbove`,
 * so a limit check costs no more than the limit. The SQL runner charges rows with it (RESULT_MAX_BYTES),
 * the HTTP layer answers (RESPONSE_MAX_BYTES).
 */
export function approximateBytes(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= stopAbove) {
    const item = stack.pop();
    if (typeof item === "string") size += item.length + 2;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === "object" && !(item instanceof Date)) {
      for (const key in item) {
        size += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    } else size += 8;
  }
  return size;
}
