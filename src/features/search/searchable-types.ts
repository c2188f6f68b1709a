import { NODE_TYPE_NAMES, nodeEntities, type NodeTypeName } from "../../catalogue/node-types";
import { searchDocumentOf, type TableSearchDocument } from "../../model/search-documents";

/** A searchable node type: its name and the search document its entity declares (`@SearchIndexed`). */
export interface SearchableType extends TableSearchDocument {
  type: NodeTypeName;
}

/** The node types search finds, in the catalogue's order: those whose entity is `@SearchIndexed`. */
export const SEARCHABLE_TYPES: readonly SearchableType[] = NODE_TYPE_NAMES.flatMap((type) => {
  const document = searchDocumentOf(nodeEntities[type]);
  return document ? [{ type, ...document }] : [];
});
