import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Viewer } from "../../model/viewer";
import { parseLsn } from "../../database/lsn";
import { log } from "../../platform/log";
import type { ChangeFeed } from "../changes/change-feed";

/** An answer larger than this share of the cache is not kept. */
export const MAX_ENTRY_SHARE = 16;

/** What the response cache keeps and for how long (OPERATION_SETTINGS). */
export interface ResponseCacheSettings {
  maxBytes: number;
  ttlSeconds: number;
}

/** A request's view of the cache, taken before its first read. */
export interface CacheTicket {
  /** The invalidations seen when the request began: an answer is kept only if none came since. */
  generation: number;
  /** The answer may be kept at all (the change feed is listening and the position to read after is known). */
  fillable: boolean;
  /** The commit position its reads must be known to include to be kept (the primary's after the last change heard); null: any. */
  readAfter: bigint | null;
}

/** An answer kept: its `data` as JSON text, the cost its operation was estimated at, and when it was computed. */
export interface KeptAnswer {
  data: string;
  requested: number | null;
  keptAt: number;
}

/** Whose answers an answer is: readers share by role, a token's answers are its own (personal data). */
export function viewerKeyOf(viewer: Viewer): string {
  return viewer.subject === null ? viewer.role : `${viewer.role} ${viewer.subject}`;
}

/** A document's identity: the sha-256 of its text in hex, as automatic persisted queries name it. */
export function documentHash(query: string): string {
  return createHash("sha256").update(query).digest("hex");
}

/**
 * The key of an answer: the document (its sha-256, see `documentHash`), the operation name and variables as sent,
 * and the viewer. A digest, so that the store never holds what a client sent; made the same from a request's body
 * (server/cached-answer.ts) and from Apollo Server's request (server/response-cache.plugin.ts).
 */
export function answerKey(document: string, operationName: unknown, variables: unknown, viewer: Viewer): string {
  return createHash("sha256")
    .update(JSON.stringify([viewerKeyOf(viewer), operationName ?? null, variables ?? {}, document]))
    .digest("base64url");
}

/** What became of a query's answer: served from the cache, computed (and kept if it could be), or neither. */
export type CacheOutcome = "hit" | "miss" | "bypass";

export interface ResponseCacheStats {
  entries: number;
  bytes: number;
  invalidations: number;
  outcomes: Record<CacheOutcome, number>;
}

/**
 * The store and the invalidation rule behind the response cache (server/response-cache.plugin.ts). Every
 * committed write the change feed hears, and every mutation of this replica before its answer is sent,
 * empties the store: answers are kept per document, variables and viewer, never per node, because any write
 * can change any answer that reaches the written node through a relation. An answer is kept only if no
 * invalidation came while it was computed, and only while the feed listens (a write is never missed
 * unheard): when the LISTEN connection drops, nothing is served or kept until it is back and the store is
 * emptied. With read replicas, an answer is kept only if its reads are known to include the last change
 * heard (read on the primary, or on a replica last seen past it), so a replica that had not replayed a
 * write cannot fill the cache with what the write replaced; where the reads go is not changed.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, KeptAnswer>;
  /** Invalidations so far: a ticket's generation. */
  private generationCount = 0;
  private readonly outcomes: Record<CacheOutcome, number> = { hit: 0, miss: 0, bypass: 0 };
  /** The primary's position after the last change heard; undefined while it is being asked. */
  private lastChangeAt: bigint | null | undefined = null;
  private asking = false;
  private readonly stopListening: Array<() => void>;

  constructor(
    settings: ResponseCacheSettings,
    private readonly feed: Pick<ChangeFeed, "onDataChanged" | "onConnected" | "listening">,
    /** The primary's commit position, asked only where reads may go to replicas (else null: reads see every commit). */
    private readonly primaryPosition: (() => Promise<string>) | null,
  ) {
    // bytes of the answer and of its key (a sha-256)
    this.entries = new LRUCache<string, KeptAnswer>({
      maxSize: settings.maxBytes,
      // one large answer may not push out many small ones
      maxEntrySize: Math.max(1, Math.floor(settings.maxBytes / MAX_ENTRY_SHARE)),
      sizeCalculation: (value, key) => Buffer.byteLength(value.data) + key.length,
      ttl: settings.ttlSeconds * 1000,
    });
    this.stopListening = [feed.onDataChanged(() => this.invalidate()), feed.onConnected(() => this.invalidate())];
  }

  /** Taken as a request's operation is known, before it reads. */
  ticket(): CacheTicket {
    const listening = this.feed.listening();
    return {
      generation: this.generationCount,
      fillable: listening && this.lastChangeAt !== undefined,
      readAfter: this.lastChangeAt ?? null,
    };
  }

  /** Whether an answer may be served from the store now. */
  servable(): boolean {
    return this.feed.listening();
  }

  /**
   * Whether an answer computed under `ticket` may be kept, its reads known to include `seen` (`all`: read on
   * the primary; undefined: nothing read).
   */
  keeps(ticket: CacheTicket, seen: bigint | "all" | undefined): boolean {
    if (!ticket.fillable || ticket.generation !== this.generationCount || !this.feed.listening()) return false;
    return ticket.readAfter === null || seen === undefined || seen === "all" || seen >= ticket.readAfter;
  }

  /** The answer kept under a key, if it may be served now. */
  answer(key: string): KeptAnswer | undefined {
    return this.servable() ? this.entries.get(key) : undefined;
  }

  /** Keeps an answer computed under `ticket` (see `keeps`); false when it may not be kept. */
  keep(key: string, ticket: CacheTicket, seen: bigint | "all" | undefined, answer: Omit<KeptAnswer, "keptAt">): boolean {
    if (!this.keeps(ticket, seen)) return false;
    this.entries.set(key, { ...answer, keptAt: Date.now() });
    return true;
  }

  /** Empties the store; answers computed before now are not kept. */
  invalidate(): void {
    this.generationCount++;
    this.entries.clear();
    if (!this.primaryPosition) return;
    this.lastChangeAt = undefined;
    this.askPosition();
  }

  /** One question for the primary's position at a time: a burst of writes asks again once, after the answer. */
  private askPosition(): void {
    if (this.asking || !this.primaryPosition) return;
    this.asking = true;
    const generation = this.generationCount;
    this.primaryPosition().then(
      (lsn) => {
        this.asking = false;
        if (generation === this.generationCount) this.lastChangeAt = parseLsn(lsn) ?? undefined;
        else this.askPosition();
      },
      (error) => {
        this.asking = false;
        log.warn(
          { error: String(error) },
          "the response cache could not read the commit position; answers are not kept until the next write",
        );
      },
    );
  }

  count(outcome: CacheOutcome): void {
    this.outcomes[outcome]++;
  }

  stats(): ResponseCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      invalidations: this.generationCount,
      outcomes: { ...this.outcomes },
    };
  }

  close(): void {
    for (const stop of this.stopListening) stop();
    this.entries.clear();
  }
}
