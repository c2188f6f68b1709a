import { GraphQLJSON } from "graphql-scalars";
import { nodeEntities, NODE_TYPE_NAMES } from "../../catalogue/node-types";
import { type AppContext, contextWith } from "../../request/context";
import { iriOf, typeSegment } from "../../features/linked-data/iri";
import { EDGE_IRI_FIELD, edgeIdentities } from "../../catalogue/edge-identity";
import { edgeDocument, edgeIri } from "../../features/linked-data/edge-document";
import { edgeEnds } from "../../features/linked-data/edge-ends";
import { nodeDocument } from "../../features/linked-data/node-document";
import { Loaders } from "../../sql/loaders";
import { Projection } from "../../sql/projection";
import { fieldResolverClass } from "./field-resolver-class";
import { costOf } from "../demand-control";
import { documentCost } from "../../features/limits/query-cost";

// a document needs whole rows, whatever else the request asks for: its own loaders, shared by the request's documents
const documentContexts = new WeakMap<AppContext, AppContext>();

function documentContext(ctx: AppContext): AppContext {
  let made = documentContexts.get(ctx);
  if (!made) {
    const projection = new Projection();
    made = contextWith(ctx, { projection, loaders: new Loaders(ctx.sql, ctx.tables, { batch: true, projection }) });
    documentContexts.set(ctx, made);
  }
  return made;
}

/** `iri` and `jsonLd` on every node type and every edge type: its address and the same document `GET <iri>` serves as JSON-LD. */
export function linkedDataFieldResolvers(): Function[] {
  const edges = edgeIdentities().map((identity) =>
    fieldResolverClass(
      identity.declaration.edge,
      EDGE_IRI_FIELD,
      () => String,
      {
        description: `This edge's stable address (IRI), made of its ends and the facts that tell it apart: \`/id/${typeSegment(identity.name)}/${identity.parts.map((part) => `{${part.kind === "end" ? part.key : part.property}}`).join("/")}\`. \`GET\` it for a page, JSON-LD or Turtle.`,
      },
      undefined,
      async (row, ctx) => edgeIri(ctx.links.baseUrl, identity, row, await edgeEnds(ctx, identity, row)),
    ),
  );
  const edgeDocuments = edgeIdentities().map((identity) =>
    fieldResolverClass(
      identity.declaration.edge,
      "jsonLd",
      () => GraphQLJSON,
      {
        nullable: true,
        description:
          "This edge as a JSON-LD document (its IRI, both ends and its facts; `org:Membership` where it is one), exactly what its IRI serves as `application/ld+json` to the same caller.",
      },
      undefined,
      async (row, ctx) => {
        const documents = documentContext(ctx);
        const whole = await documents.loaders.node(identity.declaration.edge).load(row.pk as number);
        return whole && edgeDocument(documents, ctx.links.baseUrl, identity, whole, await edgeEnds(documents, identity, whole));
      },
    ),
  );
  return [
    ...edges,
    ...edgeDocuments,
    ...NODE_TYPE_NAMES.flatMap((type) => [
      fieldResolverClass(
        nodeEntities[type],
        "iri",
        () => String,
        { description: "The node's stable address (IRI): `GET` it for a page, JSON-LD or Turtle. An old slug's IRI redirects here." },
        undefined,
        (row, ctx) => iriOf(ctx.links.baseUrl, type, String(row.slug)),
      ),
      fieldResolverClass(
        nodeEntities[type],
        "jsonLd",
        () => GraphQLJSON,
        {
          nullable: true,
          description:
            "The node as a JSON-LD document (schema.org, W3C ORG and IPO Graph's vocabulary; context at `/ns/context.jsonld`), exactly what its IRI serves as `application/ld+json` to the same caller; null when the caller cannot see the node (any more: archived, rejected).",
        },
        undefined,
        async (row, ctx) => {
          const documents = documentContext(ctx);
          const whole = await documents.loaders.node(nodeEntities[type]).load(row.pk as number);
          return whole ? nodeDocument(documents, ctx.links.baseUrl, type, whole) : null;
        },
        // a document reads every relation of its type, each list up to its default length
        [costOf(documentCost(type))],
      ),
    ]),
  ];
}
