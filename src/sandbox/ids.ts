// Entity ids. Every id is a well-formed UUID that encodes (org seed, kind, ordinal), so any seeded
// entity can be found, or generated on demand, from its id alone: no index of 100,000 candidates
// has to be built at start-up.
import { hash } from './prng.js';

// The ordinal is scrambled (an invertible multiply mod 2^24, then xor) so ids look random.
const MASK_HI = 0x5a3c96;
const MASK_LO = 0xc3a5e1;
const MUL = 0x9e3779; // odd, so invertible mod 2^24
const M24 = 0xffffff;
const MUL_INV = (() => {
  let x = MUL;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(MUL, x)) & M24;
  return x;
})();
const mix = (lo: number) => (Math.imul(lo, MUL) & M24) ^ MASK_LO;
const unmix = (v: number) => Math.imul(v ^ MASK_LO, MUL_INV) & M24;

export interface DecodedId {
  kind: number;
  ordinal: number;
}

/** A cheap 32-bit integer mix (no strings), for the check digits of an id. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export class IdSpace {
  readonly prefix: string;
  private seedHash: number;
  private kinds = new Map<string, { code: number; head: string }>();

  constructor(seed: number) {
    this.seedHash = hash('org', seed);
    this.prefix = hex(this.seedHash, 8);
  }

  static kindCode(kind: string): number {
    return hash('kind', kind) & 0xffff;
  }

  private kind(kind: string) {
    let k = this.kinds.get(kind);
    if (!k) {
      const code = IdSpace.kindCode(kind);
      k = { code, head: `${this.prefix}-${hex(code, 4)}-4` };
      this.kinds.set(kind, k);
    }
    return k;
  }

  make(kind: string, ordinal: number): string {
    const k = this.kind(kind);
    const lo = mix(ordinal % 0x1000000);
    const hi = (Math.floor(ordinal / 0x1000000) ^ MASK_HI ^ (lo >>> 4)) & M24;
    const check = hex(mix32(this.seedHash ^ Math.imul(k.code, 0x9e3779b1) ^ ordinal), 8);
    return `${k.head}${check.slice(0, 3)}-8${check.slice(3, 6)}-${hex(hi, 6)}${hex(lo, 6)}`;
  }

  /** The ordinal of an id of this kind in this org, or undefined for any other string. */
  ordinal(kind: string, id: string): number | undefined {
    if (typeof id !== 'string' || id.length !== 36) return undefined;
    const k = this.kind(kind);
    if (!id.startsWith(k.head)) return undefined;
    const rawLo = parseInt(id.slice(30, 36), 16);
    const hi = (parseInt(id.slice(24, 30), 16) ^ MASK_HI ^ (rawLo >>> 4)) & M24;
    const lo = unmix(rawLo);
    if (!Number.isFinite(hi) || !Number.isFinite(lo)) return undefined;
    const ordinal = hi * 0x1000000 + lo;
    return this.make(kind, ordinal) === id ? ordinal : undefined;
  }
}
