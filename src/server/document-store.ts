import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";

/**
 * Apollo Server's store of parsed documents, bounded in bytes that count what a document keeps alive.
 * Apollo's default sizes a document by `JSON.stringify`, where `loc` prints as two numbers, so a 950 KB
 * document that is one field and a comment counted as a few bytes while its whole source stayed in memory.
 * Here the source text counts (twice: V8 may hold it as two bytes a character) beside the tree.
 */
export function createDocumentStore(maxBytes: number): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) => 2 * (document.loc?.source.body.length ?? 0) + InMemoryLRUCache.sizeCalculation(document),
  });
}
