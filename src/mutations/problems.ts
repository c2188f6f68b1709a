import { userError } from "../errors";

export interface Problem {
  field: string;
  message: string;
}

/** Collects every problem with an input, so a client learns them all at once, per field. */
export class Problems {
  readonly list: Problem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  /** Text that is required (when `required`) and between 1 and `max` characters after trimming. */
  text(field: string, value: string | null | undefined, max: number, { required = false } = {}): void {
    if (value === undefined || value === null) {
      if (required) this.add(field, "is required");
      return;
    }
    if (value.trim().length === 0) this.add(field, "may not be empty");
    else if (value.includes("\u0000")) this.add(field, "may not contain NUL (\\u0000) characters");
    else if (value.length > max) this.add(field, `is ${value.length} characters long; the most is ${max}`);
  }

  slug(field: string, value: string | null | undefined): void {
    if (value != null && !/^[a-z0-9][a-z0-9-]{0,119}$/.test(value)) this.add(field, "must be lower-case letters, digits and dashes, starting with a letter or digit, at most 120 characters");
  }

  throwIfAny(): void {
    if (this.list.length > 0) {
      throw userError(`The input has ${this.list.length} problem(s): ${this.list.map((p) => `${p.field} ${p.message}`).join("; ")}.`, { problems: this.list });
    }
  }
}
