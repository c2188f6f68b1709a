import { GraphQLError } from "graphql";
import type { Change } from "./change";
import type { ChangeFeed } from "./change-feed";

/** Changes one subscription may have waiting before it is ended as too slow (the feed never blocks on it). */
export const PENDING_CHANGES_MAX = 1000;

/**
 * The changes of the feed as one subscription's event stream: each change in commit order is turned into
 * an event by `toEvent` (which reads as the subscriber, so what it may not see yields null and is skipped).
 * Ends when the client completes the subscription (`return`) or disconnects.
 */
export function changeStream<T>(feed: ChangeFeed, toEvent: (change: Change) => Promise<T | null>): AsyncIterableIterator<T> {
  const pending: Change[] = [];
  let wake: (() => void) | null = null;
  let failure: GraphQLError | null = null;
  let done = false;
  const stop = feed.listen((change) => {
    if (done) return;
    if (pending.length >= PENDING_CHANGES_MAX) {
      failure = new GraphQLError(
        `This subscription fell ${PENDING_CHANGES_MAX} changes behind and was ended; subscribe again and read the current state.`,
        { extensions: { code: "SUBSCRIPTION_TOO_SLOW" } },
      );
      stop();
    } else pending.push(change);
    wake?.();
  });
  const finish = (): IteratorResult<T> => {
    done = true;
    stop();
    pending.length = 0;
    wake?.();
    return { value: undefined, done: true };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      while (!done) {
        const change = pending.shift();
        if (change) {
          const event = await toEvent(change);
          if (event !== null && !done) return { value: event, done: false };
          continue;
        }
        if (failure) {
          const error = failure;
          finish();
          throw error;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<T>> {
      return finish();
    },
    async throw(error?: unknown): Promise<IteratorResult<T>> {
      finish();
      throw error;
    },
  };
}
