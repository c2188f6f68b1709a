import type { ReadNeeds } from "../../database/read-routing";
import { parseLsn } from "../../database/lsn";
import { log } from "../../platform/log";
import type { ChangeFeed } from "../changes/change-feed";
import type { MemoryGraph } from "./memory-graph";
import { GraphTooLarge } from "./memory-graph.load";
import type { GraphMemorySettings } from "./graph-memory-settings";

export interface GraphMemoryStats {
  /** Edge rows held, 0 when none is loaded. */
  edges: number;
  /** The graph held may answer walks now. */
  fresh: boolean;
  loads: number;
  /** Loads thrown away because a write was heard while they read. */
  discarded: number;
  walks: { memory: number; sql: number };
}

const MAX_RELOAD_DELAY_MS = 60_000;
/** Reading the graph takes at most this share of the time: a write every few seconds cannot keep a replica reading. */
const MAX_LOAD_SHARE = 0.25;

/**
 * The graph's edges kept in memory on this replica for the walks (neighbourhood, shortestPath), by the rules
 * that keep the response cache from being stale (features/response-cache): every write heard makes it unusable
 * until it is read again, nothing is used while the change feed cannot hear, a load during which a write was
 * heard is thrown away, a request that must include a commit position (`x-ipo-read-after`) walks in SQL, and
 * with read replicas the graph is used only by a request whose reads include what the graph was read from.
 * While it is unusable, walks run their SQL hops: the answer is the same, only slower. Writes in a steady stream
 * keep it unusable; each load thrown away doubles the wait before the next, up to a minute, and a load starts no
 * sooner than three load times after the last one ended (MAX_LOAD_SHARE), so writes cannot keep a replica reading.
 */
export class GraphMemory {
  private generation = 0;
  private held: { graph: MemoryGraph; generation: number; position: bigint | null } | undefined;
  private loading = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delayMs: number;
  private closed = false;
  private readonly stopListening: Array<() => void>;
  private readonly counts = { loads: 0, discarded: 0, memory: 0, sql: 0 };
  /** When the last load ended, and how long it took (ms, performance.now()). */
  private lastLoad = { endedAt: Number.NEGATIVE_INFINITY, tookMs: 0 };

  constructor(
    private readonly settings: GraphMemorySettings,
    private readonly feed: Pick<ChangeFeed, "onDataChanged" | "onConnected" | "listening">,
    /** Reads the graph; rejects with `GraphTooLarge` past `maxEdges`. */
    private readonly load: (maxEdges: number) => Promise<MemoryGraph>,
    /** The primary's commit position, asked only where reads may go to replicas (else null: reads see every commit). */
    private readonly primaryPosition: (() => Promise<string>) | null,
  ) {
    this.delayMs = settings.reloadDelayMs;
    this.stopListening = [feed.onDataChanged(() => this.invalidate()), feed.onConnected(() => this.invalidate())];
  }

  /** Reads the graph now (at start; afterwards every write heard schedules it). */
  start(): Promise<void> {
    return this.reload();
  }

  /**
   * The graph a walk of this request may use, or undefined: walk in SQL. Counts which it was.
   * `reads` must be the request's after its first read (where its reads went).
   */
  graphFor(reads: ReadNeeds): MemoryGraph | undefined {
    const held = this.held;
    const usable =
      held !== undefined &&
      held.generation === this.generation &&
      this.feed.listening() &&
      reads.after === null &&
      (reads.seen === undefined || reads.seen === "all" || (held.position !== null && reads.seen >= held.position));
    this.counts[usable ? "memory" : "sql"]++;
    return usable ? held.graph : undefined;
  }

  /** A write was made or heard: the graph held is let go (no walk may use it), and read anew after a wait. */
  invalidate(): void {
    this.generation++;
    this.held = undefined;
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.loading || this.timer) return;
    const untilRested = this.lastLoad.endedAt + (this.lastLoad.tookMs * (1 - MAX_LOAD_SHARE)) / MAX_LOAD_SHARE - performance.now();
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.reload();
      },
      Math.max(this.delayMs, untilRested),
    );
    this.timer.unref();
  }

  private async reload(): Promise<void> {
    if (this.closed || this.loading) return;
    this.loading = true;
    // a read already waiting (the change feed's first connection asks for one) is this one
    clearTimeout(this.timer);
    this.timer = undefined;
    const generation = this.generation;
    const started = performance.now();
    let retry = false;
    try {
      const graph = await this.load(this.settings.maxEdges);
      // read after the graph: a replica that has replayed this far holds everything the graph holds
      const position = this.primaryPosition ? parseLsn(await this.primaryPosition()) : null;
      this.counts.loads++;
      if (generation === this.generation && !this.closed) {
        this.held = { graph, generation, position };
        this.delayMs = this.settings.reloadDelayMs;
      } else {
        this.counts.discarded++;
        this.delayMs = Math.min(MAX_RELOAD_DELAY_MS, this.delayMs * 2);
      }
    } catch (error) {
      this.held = undefined;
      const tooLarge = error instanceof GraphTooLarge;
      // a graph too large is counted again only after a write (at most once a minute); another failure is retried
      retry = !tooLarge;
      this.delayMs = tooLarge ? MAX_RELOAD_DELAY_MS : Math.min(MAX_RELOAD_DELAY_MS, this.delayMs * 2);
      log.warn(
        tooLarge ? { reason: error.message } : { reason: String(error), retryInMs: this.delayMs },
        "the graph is not kept in memory; walks read it in SQL meanwhile",
      );
    } finally {
      this.loading = false;
      this.lastLoad = { endedAt: performance.now(), tookMs: performance.now() - started };
    }
    // a write heard while reading, or the read failed: read again after the wait
    if (generation !== this.generation || retry) this.schedule();
  }

  stats(): GraphMemoryStats {
    const held = this.held;
    return {
      edges: held?.graph.edges ?? 0,
      fresh: held !== undefined && held.generation === this.generation && this.feed.listening(),
      loads: this.counts.loads,
      discarded: this.counts.discarded,
      walks: { memory: this.counts.memory, sql: this.counts.sql },
    };
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const stop of this.stopListening) stop();
    this.held = undefined;
  }
}
