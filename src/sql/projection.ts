import { type DocumentNode, type GraphQLSchema, isInterfaceType, TypeInfo, visit, visitWithTypeInfo } from "graphql";

// Apollo Server reuses one parsed document for every request with the same text
const byDocument = new WeakMap<DocumentNode, Map<string, Set<string>>>();

/**
 * The fields a request asks for, per GraphQL type, so loaders select only those columns: wide rows
 * (summaries, text arrays) cost parsing time on every list. Fields asked on an interface (Node.id) count
 * for every type that implements it. A type the request never names gets every column.
 */
export class Projection {
  private fieldsByType: Map<string, Set<string>> | undefined;

  /** Set once per request, after the operation is parsed and validated; computed once per document. */
  use(schema: GraphQLSchema, document: DocumentNode): void {
    const known = byDocument.get(document);
    if (known) {
      this.fieldsByType = known;
      return;
    }
    const fieldsByType = new Map<string, Set<string>>();
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (!parent) return;
          const fields = fieldsByType.get(parent.name) ?? new Set<string>();
          fields.add(node.name.value);
          fieldsByType.set(parent.name, fields);
        },
      }),
    );
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInterfaceType(type) || !fieldsByType.has(type.name)) continue;
      for (const implementation of schema.getPossibleTypes(type)) {
        const fields = fieldsByType.get(implementation.name) ?? new Set<string>();
        for (const field of fieldsByType.get(type.name)!) fields.add(field);
        fieldsByType.set(implementation.name, fields);
      }
    }
    this.fieldsByType = fieldsByType;
    byDocument.set(document, fieldsByType);
  }

  /** Whether the request asks for `field` on `typename` anywhere (true when no operation is known). */
  asks(typename: string, field: string): boolean {
    return this.fieldsByType ? (this.fieldsByType.get(typename)?.has(field) ?? false) : true;
  }

  /** The fields asked for on a type, or undefined when every column should be read. */
  fieldsOf(typename: string | undefined): ReadonlySet<string> | undefined {
    return typename ? this.fieldsByType?.get(typename) : undefined;
  }
}
