/**
 * How a server process is started, in one place: `npm start` (package.json, checked against this by
 * test/start-up.test.ts), the local cluster, the benchmarks and the tests that run the server as a process.
 */

/** V8's old space capped, so that a replica's memory stays bounded whatever its requests (docs/deploying.md). */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=160"] as const;

/**
 * glibc's allocator hands out blocks of 64 KB and more as mappings of their own, returned when freed. By default
 * the threshold rises with every such block freed, and then answers of 80 KB (a neighbourhood's) and the buffers of
 * the graph's load come from the process heap, which cannot shrink under the blocks still in use: 18 MB more
 * resident at 300 walks a second at scale 100 (178-186 MB of peak RSS with it, 198-209 without; same throughput).
 * Ignored by other allocators.
 */
export const SERVER_ENVIRONMENT = { MALLOC_MMAP_THRESHOLD_: "65536" } as const;
