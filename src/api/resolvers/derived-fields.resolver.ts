import { DERIVED_FIELDS } from "../../catalogue/derived-fields";
import { fieldResolverClass } from "./field-resolver-class";

/** One field resolver per derived field (codes and identifiers computed from a node's own columns). */
export function derivedFieldResolvers(): Function[] {
  return DERIVED_FIELDS.map((field) =>
    fieldResolverClass(
      field.owner,
      field.name,
      field.type,
      { nullable: field.nullable, description: field.description },
      undefined,
      (row) => field.resolve(row),
    ),
  );
}
