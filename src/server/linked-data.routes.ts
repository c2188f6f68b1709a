import type { MikroORM } from "@mikro-orm/postgresql";
import { type Request, type Response, Router } from "express";
import type { Viewer } from "../model/viewer";
import { nodeEntities, type NodeTypeName } from "../catalogue/node-types";
import { type AppContext, createContext, type ContextFactoryDeps } from "../request/context";
import { contextUrl, edgeOfSegment, iriOf, typeOfSegment } from "../features/linked-data/iri";
import { findEdge } from "../features/linked-data/edge-lookup";
import { edgeDocument } from "../features/linked-data/edge-document";
import { type JsonLd, linkFieldNames, nodeDocument } from "../features/linked-data/node-document";
import { nodePage } from "../features/linked-data/node-page";
import { toTurtle } from "../features/linked-data/rdf";
import { jsonLdContext } from "../features/linked-data/vocabulary";
import { vocabularyDocument } from "../features/linked-data/vocabulary-document";
import { vocabularyTerms } from "../features/linked-data/vocabulary-terms";
import { PAGE_LANGUAGES, type PageLanguage, vocabularyPage } from "../features/linked-data/vocabulary-page";
import type { RateLimiter } from "../features/limits/rate-limiter";
import { sendRestError } from "./rest-errors";

const FORMATS = { html: "text/html", jsonld: "application/ld+json", turtle: "text/turtle" } as const;
type Format = keyof typeof FORMATS;

/** `?format=` first (links from the page), else the Accept header: HTML for browsers, JSON-LD for `application/json` too. */
function negotiate(request: Request): Format | undefined {
  const asked = request.query.format;
  if (typeof asked === "string") return asked in FORMATS ? (asked as Format) : undefined;
  const accepted = request.accepts(["text/html", "application/ld+json", "application/json", "text/turtle"]);
  if (accepted === "text/turtle") return "turtle";
  if (accepted === "application/ld+json" || accepted === "application/json") return "jsonld";
  return accepted === "text/html" ? "html" : undefined;
}

/**
 * The vocabulary and the context answer a page when asked for one (`?format=html`) or when a browser prefers
 * HTML; a request that accepts anything (curl, JSON-LD processors) still gets JSON-LD.
 */
function asksForPage(request: Request): boolean {
  const asked = request.query.format;
  if (typeof asked === "string") return asked === "html";
  return request.accepts(["application/ld+json", "application/json", "text/turtle", "text/html"]) === "text/html";
}

/** `?lang=nl|en`, else the browser's preference, else Dutch. */
function languageOf(request: Request): PageLanguage {
  const asked = request.query.lang;
  if (typeof asked === "string" && (PAGE_LANGUAGES as readonly string[]).includes(asked)) return asked as PageLanguage;
  return (request.acceptsLanguages(...PAGE_LANGUAGES) || "nl") as PageLanguage;
}

export interface LinkedDataDeps {
  deps: ContextFactoryDeps;
  orm: MikroORM;
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  rateLimiter: RateLimiter;
}

/**
 * `/id/{type}/{slug}`: a node as a page, JSON-LD or Turtle, by content negotiation, with a Link header to
 * the context; `/id/{edge type}/{part}/...` an edge (an affiliation, a part in an experiment) the same way; an old slug redirects (301) to the node's IRI of today. `/ns/context.jsonld`: the context.
 * Reads go through the same context, loaders and visibility as GraphQL, and spend the same rate limit.
 */
export function linkedDataRoutes({ deps, orm, verifyToken, rateLimiter }: LinkedDataDeps): Router {
  const router = Router();
  // the base may be known only once the server listens (PUBLIC_BASE_URL unset, any free port)
  // (the context and the vocabulary depend on the base alone: made once per base, not per request)
  let made: { baseUrl: string; context: JsonLd; vocabulary: JsonLd; page: Record<PageLanguage, string>; link: string } | undefined;
  const current = () => {
    const { baseUrl } = deps.links;
    if (made?.baseUrl !== baseUrl) {
      const terms = vocabularyTerms(baseUrl, deps.tables);
      made = {
        baseUrl,
        context: jsonLdContext(baseUrl, linkFieldNames()),
        vocabulary: vocabularyDocument(baseUrl, deps.tables),
        page: { nl: vocabularyPage(baseUrl, terms, "nl"), en: vocabularyPage(baseUrl, terms, "en") },
        link: `<${contextUrl(baseUrl)}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
      };
    }
    return made;
  };

  router.get("/ns/context.jsonld", (request, response) => {
    response.set({ "cache-control": "public, max-age=3600", "access-control-allow-origin": "*", vary: "accept, accept-language" });
    // a browser gets the vocabulary's page; a JSON-LD processor (or anything asking for JSON, or anything at all) the context
    if (asksForPage(request)) return void sendVocabularyPage(request, response);
    response.type(FORMATS.jsonld).send(JSON.stringify(current().context, null, 2));
  });

  // our vocabulary and the source texts: `{base}/ns/vocab#<term>` and `{base}/ns/sources#<key>` dereference here
  for (const path of ["/ns/vocab", "/ns/sources"]) {
    router.get(path, async (request, response) => {
      const { baseUrl, context, vocabulary: document } = current();
      response.set({ "cache-control": "public, max-age=3600", "access-control-allow-origin": "*", vary: "accept, accept-language" });
      if (asksForPage(request)) return void sendVocabularyPage(request, response);
      if (negotiate(request) === "turtle") return void response.type(FORMATS.turtle).send(await toTurtle(document, baseUrl, context));
      response.type(FORMATS.jsonld).send(JSON.stringify(document, null, 2));
    });
  }

  const sendVocabularyPage = (request: Request, response: Response) => {
    const { page } = current();
    response
      .set("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
      .set("content-language", languageOf(request))
      .type("text/html")
      .send(page[languageOf(request)]);
  };

  /**
   * What every document route does: the format asked for (406 otherwise), the viewer and its point of the rate
   * limit, a context with the viewer's visibility; `read` gives the document, or null when it answered itself.
   */
  const serve = async (
    request: Request<object>,
    response: Response,
    read: (ctx: AppContext, baseUrl: string) => Promise<JsonLd | null>,
  ) => {
    const format = negotiate(request as Request);
    if (!format)
      return void response
        .status(406)
        .json({ error: `Ask for one of ${Object.values(FORMATS).join(", ")} (Accept, or ?format=${Object.keys(FORMATS).join("|")}).` });
    const { baseUrl, context, link: contextLink } = current();
    try {
      const viewer = await verifyToken(request.headers.authorization);
      await rateLimiter.request({ subject: viewer.subject, ip: request.ip ?? "unknown" });
      const document = await read(createContext(deps, viewer, request.ip), baseUrl);
      if (document) await send(request, response, format, document, baseUrl, context, contextLink);
    } catch (error) {
      sendRestError(response, error, "serving a linked-data document");
    }
  };

  router.get("/id/:type/:slug", async (request: Request<{ type: string; slug: string }>, response: Response) => {
    const type = typeOfSegment(request.params.type);
    if (!type) return void response.status(404).json({ error: `No node type "${request.params.type.slice(0, 60)}".` });
    await serve(request, response, async (ctx, baseUrl) => {
      const row = await ctx.loaders.slug(nodeEntities[type]).load(request.params.slug);
      if (row) return nodeDocument(ctx, baseUrl, type, row);
      const renamed = await currentSlug(orm, ctx, type, request.params.slug);
      const query = request.originalUrl.includes("?") ? request.originalUrl.slice(request.originalUrl.indexOf("?")) : "";
      if (renamed) response.set("vary", "accept, authorization").redirect(301, `${iriOf(baseUrl, type, renamed)}${query}`);
      else response.status(404).json({ error: `No ${type} "${request.params.slug.slice(0, 120)}" (or you may not see it).` });
      return null;
    });
  });
  // an edge: `/id/{edge type}/{part}/{part}...`, the parts of its key (ends by slug, facts by value)
  router.get("/id/:type/*parts", async (request: Request<{ type: string; parts: string[] }>, response: Response) => {
    const identity = edgeOfSegment(request.params.type);
    if (!identity) return void response.status(404).json({ error: `No edge type "${request.params.type.slice(0, 60)}".` });
    await serve(request, response, async (ctx, baseUrl) => {
      const found = await findEdge(ctx, identity, request.params.parts);
      const document = found && edgeDocument(ctx, baseUrl, identity, found.edge, found.ends);
      if (!document) response.status(404).json({ error: `No such ${identity.name} (or you may not see it).` });
      return document;
    });
  });
  return router;
}

/** A document in the format asked for: JSON-LD, Turtle, or a page (no script, inline style only). */
async function send(
  request: Request<object>,
  response: Response,
  format: Format,
  document: JsonLd,
  baseUrl: string,
  context: JsonLd,
  contextLink: string,
): Promise<void> {
  response.set({
    link: contextLink,
    vary: "accept, authorization",
    "cache-control": request.headers.authorization ? "private, no-cache" : "public, max-age=60",
  });
  if (format === "jsonld") return void response.type(FORMATS.jsonld).send(JSON.stringify(document, null, 2));
  if (format === "turtle") return void response.type(FORMATS.turtle).send(await toTurtle(document, baseUrl, context));
  response.set("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'").type("text/html").send(nodePage(document));
}

/** The slug of today of a node that had `slug` before (the audit trail keeps every slug a node had), if the caller may see it. */
async function currentSlug(orm: MikroORM, ctx: ReturnType<typeof createContext>, type: NodeTypeName, slug: string): Promise<string | null> {
  const [event] = await orm.em
    .getConnection()
    .execute<Array<{ node_pk: number }>>(
      `select "node_pk" from "audit_event" where "node_type" = ? and "action" = 'UPDATE' and "before"->>'slug' = ? order by "pk" desc limit 1`,
      [type, slug],
    );
  if (!event) return null;
  const row = await ctx.loaders.node(nodeEntities[type]).load(event.node_pk);
  return row && row.slug !== slug ? String(row.slug) : null;
}
