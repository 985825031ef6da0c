/**
 * Append-only number logs for the index build. At 100,000 releases there are tens of millions of
 * postings: one JS array per term would cost tens of bytes per posting and a long garbage
 * collection, so postings go into typed arrays instead.
 */

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

type TypedArrayCtor<T> = { new (length: number): T };

/**
 * Fixed-size chunks rather than one doubling array: growing never copies and never holds the old
 * and the new array at once, which is what would set the build's peak memory.
 */
class ChunkedLog<T extends Uint32Array | Uint16Array> {
  private readonly chunks: T[] = [];
  length = 0;
  constructor(private readonly ctor: TypedArrayCtor<T>) {}

  push(value: number): void {
    const c = this.length >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new this.ctor(CHUNK));
    this.chunks[c]![this.length & MASK] = value;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & MASK]!;
  }

  set(i: number, value: number): void {
    this.chunks[i >>> CHUNK_BITS]![i & MASK] = value;
  }
}

export class U32Log extends ChunkedLog<Uint32Array> {
  constructor() {
    super(Uint32Array);
  }
}

export class U16Log extends ChunkedLog<Uint16Array> {
  constructor() {
    super(Uint16Array);
  }
}

/** A growable byte buffer for encoding postings without a number[] per entry. */
export class ByteWriter {
  private data: Uint8Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  byte(value: number): void {
    this.ensure(1);
    this.data[this.length++] = value;
  }

  /** Unsigned LEB128, as search-format.ts writeVarint. */
  varint(value: number): void {
    this.ensure(8);
    let v = value;
    while (v >= 0x80) {
      this.data[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.data[this.length++] = v;
  }

  bytes(src: Uint8Array): void {
    this.ensure(src.length);
    this.data.set(src, this.length);
    this.length += src.length;
  }

  /** A copy of the bytes written so far; the writer is emptied. */
  take(): Uint8Array {
    const out = this.data.slice(0, this.length);
    this.length = 0;
    return out;
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}

/** Dense numbers for strings, in order of first appearance; `keys[n]` is the string numbered n. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}
