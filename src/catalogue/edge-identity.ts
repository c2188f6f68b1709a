import { entityMetadata } from "./entity-metadata";
import type { EdgeDeclaration, EntityClass } from "./catalogue.types";
import { EDGES } from "./relations";

/** The GraphQL field of every edge type that gives its IRI (`Affiliation.iri`). */
export const EDGE_IRI_FIELD = "iri";

/** One part of what tells an edge from the others: one of its ends (a node, named by its slug), or a fact of its own. */
export type EdgeKeyPart = { kind: "end"; key: string; target: EntityClass } | { kind: "fact"; property: string };

/** An edge type as linked data sees it: its declaration and the parts of its key, in the order of its unique constraint. */
export interface EdgeIdentity {
  declaration: EdgeDeclaration;
  name: string;
  parts: EdgeKeyPart[];
}

let cached: EdgeIdentity[] | undefined;

/**
 * Every edge type's identity, from the unique constraint its entity declares (`@Unique({ properties: [...] })`):
 * an affiliation is its person, its institution and its position. Its IRI is made of those parts, so that the
 * same edge has the same address whatever its primary key, and no two edges share one.
 */
export function edgeIdentities(): EdgeIdentity[] {
  cached ??= EDGES.map((declaration) => {
    const meta = entityMetadata().get(declaration.edge.name);
    const unique = meta.uniques.find((candidate) => {
      const properties = ([] as string[]).concat(candidate.properties as string | string[]);
      return declaration.ends.every((end) => properties.includes(end.key));
    });
    if (!unique)
      throw new Error(
        `The edge ${declaration.edge.name} needs a unique constraint over both its ends (and the facts that tell its edges apart)`,
      );
    const parts = ([] as string[]).concat(unique.properties as string | string[]).map((property): EdgeKeyPart => {
      const prop = meta.properties[property as never] as { kind: string; type: string };
      if (prop.kind === "m:1") return { kind: "end", key: property, target: entityMetadata().get(prop.type).class as EntityClass };
      return { kind: "fact", property };
    });
    return { declaration, name: declaration.edge.name, parts };
  });
  return cached;
}

/** The identity of one edge type. */
export function edgeIdentityOf(edge: EntityClass): EdgeIdentity {
  const identity = edgeIdentities().find((candidate) => candidate.declaration.edge === edge);
  if (!identity) throw new Error(`${edge.name} is no edge of the catalogue`);
  return identity;
}
