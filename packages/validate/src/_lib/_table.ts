/** The operations the engine needs from a key → number map. */
export interface _NumberMap<K> {
  get(key: K): number | undefined;
  set(key: K, value: number): unknown;
  has(key: K): boolean;
}

/**
 * An open-addressing hash map from 53-bit hashes (non-negative integers) to numbers, on two
 * Float64Arrays: 16 bytes a slot, no object per entry and nothing for the garbage collector to
 * trace. Used by streaming validation to keep ids and names of millions of records in a few
 * dozen megabytes.
 */
export class _HashTable implements _NumberMap<number> {
  private keys: Float64Array;
  private values: Float64Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let c = 16;
    while (c < capacity) c *= 2;
    this.keys = new Float64Array(c).fill(-1);
    this.values = new Float64Array(c);
    this.mask = c - 1;
  }

  private slot(key: number): number {
    // The key is a hash already: its low bits, mixed a little, are the start slot.
    let i = (Math.imul(key >>> 0, 0x9e3779b1) >>> 0) & this.mask;
    const keys = this.keys;
    while (keys[i] !== -1 && keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : undefined;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  set(key: number, value: number): this {
    if (!(key >= 0)) throw new RangeError('_HashTable keys are non-negative integers');
    let i = this.slot(key);
    if (this.keys[i] !== key) {
      if ((this.size + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
    return this;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Float64Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.values[i] = values[j]!;
    }
  }
}

/** A growable pool of fixed-width numeric rows (a Float64Array underneath). */
export class _Pool {
  private data: Float64Array;
  length = 0;

  constructor(readonly width: number) {
    this.data = new Float64Array(width * 1024);
  }

  /** Appends a row and returns its index. */
  push(...row: number[]): number {
    if ((this.length + 1) * this.width > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(row, this.length * this.width);
    return this.length++;
  }

  /** Field `f` of row `i`. */
  at(i: number, f: number): number {
    return this.data[i * this.width + f]!;
  }
}
