import { ProblemCode } from "../../platform/problem-code";
import { userError } from "../../platform/errors";

export interface Problem {
  /** The input field, as a path: `title`, `submitter.email`, `goals[2]`. */
  field: string;
  code: ProblemCode;
  /** The problem in English. */
  message: string;
  /** The most (characters, entries, or the upper bound) where one applies. */
  limit?: number;
}

// no spaces, control characters or surrogates in the local part: they reach PostgreSQL otherwise
export const EMAIL = /^(?=.{3,254}$)[^\s\u0000-\u001f\u007f\ud800-\udfff@<>()[\]\\,;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u2800\u3164\uffa0]/gu;

/** What is wrong with a (trimmed) text value, or undefined when nothing is. */
export function textProblem(value: string): { code: ProblemCode; message: string } | undefined {
  if (value.includes("\u0000")) return { code: ProblemCode.INVALID_TEXT, message: "may not contain NUL (\\u0000) characters" };
  if (CONTROL.test(value))
    return { code: ProblemCode.INVALID_TEXT, message: "may not contain control characters (only tabs and line breaks)" };
  if (LONE_SURROGATE.test(value))
    return { code: ProblemCode.INVALID_TEXT, message: "is not valid Unicode text (it has a lone UTF-16 surrogate)" };
  if (value.replace(INVISIBLE, "").length === 0)
    return { code: ProblemCode.REQUIRED, message: "may not be empty (or only spaces and invisible characters)" };
  return undefined;
}

/** Collects every problem with an input, so a client learns them all at once, per field. */
export class Problems {
  readonly list: Problem[] = [];

  add(field: string, code: ProblemCode, message: string, limit?: number): void {
    this.list.push({ field, code, message, ...(limit === undefined ? {} : { limit }) });
  }

  /**
   * Text that is required (when `required`) and between 1 and `max` characters after trimming; returns it
   * trimmed, which is what is stored. Refused before the database: NUL and other control characters
   * (PostgreSQL cannot store NUL), lone UTF-16 surrogates (not text; jsonb refuses them), and text made of
   * nothing but spaces and invisible characters.
   */
  text(field: string, value: string | null | undefined, max: number, { required = false } = {}): string | null | undefined {
    if (value === undefined || value === null) {
      if (required) this.add(field, ProblemCode.REQUIRED, "is required");
      return value;
    }
    const trimmed = value.trim();
    const problem = textProblem(trimmed);
    if (problem) this.add(field, problem.code, problem.message);
    else if (trimmed.length > max) this.add(field, ProblemCode.TOO_LONG, `is ${trimmed.length} characters long; the most is ${max}`, max);
    return trimmed;
  }

  /** An e-mail address, trimmed; returns it as it is stored. */
  email(field: string, value: string): string {
    const address = value.trim();
    if (!EMAIL.test(address)) this.add(field, ProblemCode.NOT_AN_EMAIL, "must be an e-mail address such as `naam@lumc.nl`");
    return address;
  }

  slug(field: string, value: string | null | undefined): void {
    if (value != null && !/^[a-z0-9][a-z0-9-]{0,119}$/.test(value))
      this.add(
        field,
        ProblemCode.INVALID_SLUG,
        "must be lower-case letters, digits and dashes, starting with a letter or digit, at most 120 characters",
      );
  }

  throwIfAny(): void {
    if (this.list.length > 0) {
      throw userError(`The input has ${this.list.length} problem(s): ${this.list.map((p) => `${p.field} ${p.message}`).join("; ")}.`, {
        problems: this.list,
      });
    }
  }
}
