import { Property } from "@mikro-orm/core";

/** The columns that say where a row's facts come from; read by `provenance`, never written through the API. */
export const PROVENANCE_PROPERTIES = { source: "provenanceSource", inference: "provenanceInference" } as const;

/**
 * Class decorator: which source text states the row (a SourceKey; null for rows entered through the API)
 * and, when part of it is inferred rather than stated, what and why.
 */
export function Provenanced(): ClassDecorator {
  return (target) => {
    Property({ type: "string", length: 40, nullable: true, fieldName: "provenance_source" })(
      target.prototype,
      PROVENANCE_PROPERTIES.source,
    );
    Property({ type: "text", nullable: true, fieldName: "provenance_inference" })(target.prototype, PROVENANCE_PROPERTIES.inference);
  };
}
