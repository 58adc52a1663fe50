/** A small least-recently-used map: per-sentence results survive edits elsewhere in a draft. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

const clearers: (() => void)[] = [];

/** Registers a cache for `clearCache()`: a rule's own memo must not survive it (benchmarks measure cold runs). */
export function onClearCache(clear: () => void): void {
  clearers.push(clear);
}

export function clearRegisteredCaches(): void {
  for (const clear of clearers) clear();
}
