/** The graph kept in memory for the walks (graph-memory.ts): its defaults and the environment variables that change them. */
export const GRAPH_MEMORY_SETTINGS = {
  maxEdges: {
    env: "GRAPH_MEMORY_MAX_EDGES",
    // about 14 bytes an edge row (both directions): the synthetic network at scale 100 has 611,003, in 8.3 MB
    default: 2_000_000,
    meaning: "edge rows of the graph a replica keeps in memory for the walks; a larger graph is walked in SQL alone",
  },
  reloadDelayMs: {
    env: "GRAPH_MEMORY_RELOAD_DELAY_MS",
    default: 250,
    meaning:
      "milliseconds after a write is heard before the graph in memory is read again (walks read SQL meanwhile); doubled after each read a write made useless, up to a minute",
  },
} as const;

export type GraphMemorySettings = { [K in keyof typeof GRAPH_MEMORY_SETTINGS]: number };
