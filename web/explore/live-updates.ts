// Live updates: the collaboration network's `networkChanged` subscription over graphql-ws, on the same
// /graphql, with the signed-in token. When it drops, graphql-ws reconnects by itself.
import { createClient, type Client } from "graphql-ws";
import { NETWORK_CHANGED, SUBMISSION_RECEIVED } from "./operations";
import { readToken } from "./sign-in-store";
import type { NetworkFilter } from "./view-state";

let client: Client | null = null;
let clientToken: string | null = null;

function liveClient(): Client {
  const token = readToken();
  if (client && clientToken === token) return client;
  void client?.dispose();
  clientToken = token;
  const url = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/graphql`;
  client = createClient({ url, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 20, lazy: true });
  return client;
}

/** Calls `onChange` each time a committed write changes the network under this filter; returns the stop. */
export function watchNetwork(filter: NetworkFilter | null, onChange: () => void, onState: (live: boolean) => void): () => void {
  const stop = liveClient().subscribe(
    { query: NETWORK_CHANGED, variables: { filter } },
    { next: () => onChange(), error: () => onState(false), complete: () => onState(false) },
  );
  const offConnected = liveClient().on("connected", () => onState(true));
  const offClosed = liveClient().on("closed", () => onState(false));
  return () => {
    stop();
    offConnected();
    offClosed();
  };
}

/** Calls `onReceived` for each initiative submitted from now on (editors only); returns the stop. */
export function watchSubmissions(onReceived: () => void): () => void {
  return liveClient().subscribe(
    { query: SUBMISSION_RECEIVED },
    { next: () => onReceived(), error: () => undefined, complete: () => undefined },
  );
}
