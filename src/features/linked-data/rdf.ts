import jsonld from "jsonld";
import { Parser, Writer } from "n3";
import { contextUrl, vocabularyNamespace } from "./iri";
import { PREFIXES } from "./vocabulary";
import type { JsonLd } from "./node-document";

/**
 * Turtle from a JSON-LD document, with jsonld.js (expansion to RDF) and N3.js (writing Turtle). The context
 * is handed over locally: nothing is fetched while converting.
 */
export async function toTurtle(document: JsonLd, baseUrl: string, context: JsonLd): Promise<string> {
  const documentLoader = async (url: string) => {
    if (url !== contextUrl(baseUrl)) throw new Error(`Only IPO Graph's own context is loaded, not ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  const nquads = (await jsonld.toRDF(document as never, {
    format: "application/n-quads",
    documentLoader: documentLoader as never,
  })) as unknown as string;
  const quads = new Parser({ format: "N-Quads" }).parse(nquads);
  const writer = new Writer({ prefixes: { ...PREFIXES, ipo: vocabularyNamespace(baseUrl) } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
