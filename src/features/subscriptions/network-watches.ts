import { GraphQLError } from "graphql";
import type { Change } from "../changes/change";
import type { WorkGate } from "../limits/work-gate";
import { log } from "../../platform/log";
import type { SubscriptionSettings } from "./subscription-settings";

/** What a watched network sends its subscribers: the write that changed it, and the network after it. */
export interface NetworkEvent<N> {
  cause: Change;
  network: N;
}

interface Subscriber<N> {
  client: string;
  deliver(event: NetworkEvent<N>): void;
}

interface Watch<N> {
  compute: () => Promise<N>;
  digest: (network: N) => string;
  subscribers: Set<Subscriber<N>>;
  /** The digest of the network the subscribers last got (or saw when they started). */
  last: Promise<string | null>;
  /** The latest write not yet looked at; several writes in one interval are looked at once. */
  cause: Change | null;
  timer?: ReturnType<typeof setTimeout>;
  running: boolean;
  ranAt: number;
}

function tooMany(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit } });
}

/**
 * The networks `networkChanged` subscribers watch, one per visibility and arguments, computed once for all
 * of its subscribers, off the write's path (a write only marks them), at most once per
 * `networkIntervalMs` however many writes come, each computation holding heavy room in the work gate. So
 * the work a write causes is bounded by the number of distinct watches, which is bounded per client and
 * per process, not by the number of subscribers.
 */
export class NetworkWatches<N> {
  private readonly watches = new Map<string, Watch<N>>();
  private computedCount = 0;

  constructor(
    private readonly settings: Pick<SubscriptionSettings, "networkFiltersPerClient" | "networkFilters" | "networkIntervalMs">,
    private readonly gate: WorkGate,
  ) {}

  /** Joins (or starts) the watch of `key`; throws TOO_MANY_SUBSCRIPTIONS past the bounds. `compute` reads the network as this visibility sees it. */
  join(key: string, subscriber: Subscriber<N>, compute: () => Promise<N>, digest: (network: N) => string): () => void {
    let watch = this.watches.get(key);
    if (!watch) {
      const watchedByClient = [...this.watches.values()].filter((other) =>
        [...other.subscribers].some((each) => each.client === subscriber.client),
      ).length;
      if (watchedByClient >= this.settings.networkFiltersPerClient)
        throw tooMany(
          `At most ${this.settings.networkFiltersPerClient} different \`networkChanged\` filters per client at once.`,
          this.settings.networkFiltersPerClient,
        );
      if (this.watches.size >= this.settings.networkFilters)
        throw tooMany(
          `This server watches ${this.settings.networkFilters} different networks already; subscribe with the filter of one of them, or later.`,
          this.settings.networkFilters,
        );
      // the network as it is when the watch starts, so that the first event is a real difference
      const last = this.computed(compute).then(digest, () => null);
      watch = { compute, digest, subscribers: new Set(), last, cause: null, running: false, ranAt: 0 };
      this.watches.set(key, watch);
    }
    watch.subscribers.add(subscriber);
    const joined = watch;
    return () => {
      joined.subscribers.delete(subscriber);
      if (joined.subscribers.size > 0) return;
      clearTimeout(joined.timer);
      if (this.watches.get(key) === joined) this.watches.delete(key);
    };
  }

  /** A committed write that may change networks: marks every watch; computation follows later. */
  changed(change: Change): void {
    for (const watch of this.watches.values()) {
      watch.cause = change;
      this.schedule(watch);
    }
  }

  /** Distinct networks watched now. */
  size(): number {
    return this.watches.size;
  }

  /** Networks computed so far (at the start of a watch and after writes). */
  computations(): number {
    return this.computedCount;
  }

  private schedule(watch: Watch<N>): void {
    if (watch.running || watch.timer) return;
    const wait = Math.max(0, watch.ranAt + this.settings.networkIntervalMs - Date.now());
    watch.timer = setTimeout(() => {
      watch.timer = undefined;
      void this.run(watch);
    }, wait);
  }

  private async run(watch: Watch<N>): Promise<void> {
    const cause = watch.cause;
    if (!cause || watch.subscribers.size === 0) return;
    watch.cause = null;
    watch.running = true;
    watch.ranAt = Date.now();
    try {
      const network = await this.computed(watch.compute);
      const now = watch.digest(network);
      if (now !== (await watch.last)) {
        watch.last = Promise.resolve(now);
        for (const subscriber of watch.subscribers) subscriber.deliver({ cause, network });
      }
    } catch (error) {
      // busy or unavailable: looked at again at the next interval
      watch.cause ??= cause;
      log.warn({ error: error instanceof Error ? error.message : String(error) }, "a watched network could not be computed; trying again");
    } finally {
      watch.running = false;
      if (watch.cause) this.schedule(watch);
    }
  }

  private async computed(compute: () => Promise<N>): Promise<N> {
    const release = await this.gate.admitHeavy();
    this.computedCount += 1;
    try {
      return await compute();
    } finally {
      release();
    }
  }
}

/**
 * One subscriber's events of a watch, as an async iterator: a subscriber that reads slowly gets the
 * latest network (events in between are dropped, each one holds the whole network). Ends (and leaves the
 * watch) when the client completes the subscription or disconnects.
 */
export function watchStream<N>(
  watches: NetworkWatches<N>,
  key: string,
  client: string,
  compute: () => Promise<N>,
  digest: (network: N) => string,
): AsyncIterableIterator<NetworkEvent<N>> {
  let latest: NetworkEvent<N> | null = null;
  let wake: (() => void) | null = null;
  let done = false;
  const leave = watches.join(
    key,
    {
      client,
      deliver: (event) => {
        latest = event;
        wake?.();
      },
    },
    compute,
    digest,
  );
  const finish = (): IteratorResult<NetworkEvent<N>> => {
    if (!done) leave();
    done = true;
    wake?.();
    return { value: undefined, done: true };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!done) {
        const event: NetworkEvent<N> | null = latest;
        if (event) {
          latest = null;
          return { value: event, done: false };
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      return { value: undefined, done: true };
    },
    async return() {
      return finish();
    },
    async throw(error?: unknown) {
      finish();
      throw error;
    },
  };
}
