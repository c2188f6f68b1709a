import { Field, InputType } from "type-graphql";
import { LIST_MAX_ITEMS, type WritableField } from "./writable-fields";

/** What the fields of a generated input type are read as. */
export type InputValues = Record<string, unknown>;

/**
 * An input type built from writable fields. `create`: required fields are non-null; `update`: every
 * field is optional (left out = unchanged, null = cleared where allowed).
 */
export function buildInputType(
  name: string,
  description: string,
  fields: readonly WritableField[],
  mode: "create" | "update",
): new () => InputValues {
  const InputClass = { [name]: class {} }[name] as new () => InputValues;
  InputType(name, { description })(InputClass);
  for (const field of fields) {
    const nullable = mode === "update" || !field.required;
    const base = `${field.description}${rules(field)}`;
    const description =
      mode === "update"
        ? `${base}${field.nullable ? " Null clears it." : ""} Left out: unchanged.`
        : field.required
          ? base
          : `${base} Optional.`;
    Field(() => (field.list ? [field.graphqlType()] : field.graphqlType()) as never, { nullable, description })(
      InputClass.prototype,
      field.inputName,
    );
  }
  return InputClass;
}

/** The limits of a field, as Sandbox users read them. */
function rules(field: WritableField): string {
  switch (field.kind) {
    case "text":
      return ` At most ${field.maxLength!.toLocaleString("en")} characters.`;
    case "texts":
      return ` At most ${LIST_MAX_ITEMS} entries of at most ${field.maxLength!.toLocaleString("en")} characters.`;
    case "int":
      return ` From ${field.range![0]} to ${field.range![1].toLocaleString("en")}.`;
    case "slug":
      return " Lower-case letters, digits and dashes.";
    case "date":
      return " Written YYYY-MM-DD.";
    case "enums":
      return " No repeats.";
    default:
      return "";
  }
}
