/** A small deterministic PRNG (mulberry32): the same seed gives the same network on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** An index in [0, n) skewed towards 0 like a power law: a few hubs get most of the picks. */
  skewed(n: number, exponent = 3): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }

  /** `count` distinct skewed indexes in [0, n). */
  distinctSkewed(n: number, count: number, exponent = 3): number[] {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < Math.min(count, n) && tries < count * 20; tries++) chosen.add(this.skewed(n, exponent));
    return [...chosen];
  }
}
