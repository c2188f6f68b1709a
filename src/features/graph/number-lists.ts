/**
 * Lists of numbers as PostgreSQL's `string_agg` writes them (memory-graph.load.ts), read straight into typed arrays:
 * no JS array, string or number object per value.
 */
const COMMA = 44;
const ZERO = 48;
const NINE = 57;

/** The non-negative integers of a comma-separated list into `into` from `at`; how many there were. */
export function readIntegers(list: string, into: Int32Array, at: number): number {
  let value = 0;
  let read = 0;
  for (let index = 0; index < list.length; index++) {
    const code = list.charCodeAt(index);
    if (code === COMMA) {
      into[at + read++] = value;
      value = 0;
    } else value = value * 10 + (code - ZERO);
  }
  if (list.length > 0) into[at + read++] = value;
  return read;
}

/** How many items a comma-separated list holds. */
export function itemsIn(list: string): number {
  if (list.length === 0) return 0;
  let items = 1;
  for (let index = 0; index < list.length; index++) if (list.charCodeAt(index) === COMMA) items++;
  return items;
}

/** A string of digits into `into` from `at`; how many there were. */
export function readDigits(digits: string, into: Uint8Array, at: number): number {
  for (let index = 0; index < digits.length; index++) {
    const code = digits.charCodeAt(index);
    if (code < ZERO || code > NINE) throw new Error("a visibility level of the graph is not one digit");
    into[at + index] = code - ZERO;
  }
  return digits.length;
}
