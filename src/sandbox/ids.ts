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

export class IdSpace {
  readonly prefix: string;
  constructor(seed: number) {
    this.prefix = hash('org', seed).toString(16).padStart(8, '0');
  }

  static kindCode(kind: string): number {
    return hash('kind', kind) & 0xffff;
  }

  make(kind: string, ordinal: number): string {
    const k = IdSpace.kindCode(kind).toString(16).padStart(4, '0');
    const lo = mix(ordinal % 0x1000000);
    const hi = (Math.floor(ordinal / 0x1000000) ^ MASK_HI ^ (lo >>> 4)) & M24;
    const check = hash(this.prefix, k, ordinal).toString(16).padStart(8, '0');
    return `${this.prefix}-${k}-4${check.slice(0, 3)}-8${check.slice(3, 6)}-${hi.toString(16).padStart(6, '0')}${lo.toString(16).padStart(6, '0')}`;
  }

  /** The ordinal of an id of this kind in this org, or undefined for any other string. */
  ordinal(kind: string, id: string): number | undefined {
    if (typeof id !== 'string' || id.length !== 36 || !id.startsWith(this.prefix)) return undefined;
    const k = IdSpace.kindCode(kind).toString(16).padStart(4, '0');
    if (id.slice(9, 13) !== k) return undefined;
    const rawLo = parseInt(id.slice(30, 36), 16);
    const hi = (parseInt(id.slice(24, 30), 16) ^ MASK_HI ^ (rawLo >>> 4)) & M24;
    const lo = unmix(rawLo);
    if (!Number.isFinite(hi) || !Number.isFinite(lo)) return undefined;
    const ordinal = hi * 0x1000000 + lo;
    return this.make(kind, ordinal) === id ? ordinal : undefined;
  }
}
