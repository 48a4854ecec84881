
import {
  CompiledRule
} from "./chunk-TFAF2CGQ.js";
import {
  shannonEntropy
} from "./chunk-TBR4GLH5.js";

// scanner/detect/regex-safety.ts
const { setFlagsFromString } = process.getBuiltinModule("node:v8");
var REGEX_FLAGS = [
  "--enable-experimental-regexp-engine-on-excessive-backtracks",
  "--regexp-tier-up-ticks=20",
  "--no-regexp-peephole-optimization"
];
var enabled = false;
function enableRegexFallback() {
  if (enabled) return;
  for (const flag of REGEX_FLAGS) setFlagsFromString(flag);
  enabled = true;
}

// scanner/detect/decode.ts
var DECODE_LIMITS = {
  /** Encoded segments shorter than this are not worth decoding: too short to hide a key. */
  minLength: 16,
  /** Segments longer than this are skipped (a whole embedded binary, not a credential). */
  maxSegmentLength: 64 * 1024,
  /** Total decoded characters per fragment and depth. */
  maxTotal: 1024 * 1024
};
var PERCENT = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~!$&'()*+,;=:@/?#[\]-])+/g;
var B64 = 1;
var HEXC = 2;
var WORD = 4;
var LOWER = 8;
var UPPER = 16;
var MIXED = 32;
var CHAR_CLASS = new Uint8Array(128);
function mark(from, to, bits) {
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) CHAR_CLASS[c] |= bits;
}
mark("a", "z", B64 | WORD | LOWER);
mark("A", "Z", B64 | WORD | UPPER);
mark("0", "9", B64 | HEXC | WORD | MIXED);
mark("a", "f", HEXC);
mark("A", "F", HEXC);
mark("_", "_", B64 | WORD | MIXED);
for (const c of "+/-") mark(c, c, B64 | MIXED);
var BASE64_ALPHABET = CHAR_CLASS.map((t) => t & B64);
var RUN_MIN = DECODE_LIMITS.minLength - 2;
function base64Runs(text, runs = []) {
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && BASE64_ALPHABET[c] === 1) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      if (i - run >= RUN_MIN) runs.push(run, i);
      run = -1;
    }
  }
  if (run >= 0 && text.length - run >= RUN_MIN) runs.push(run, text.length);
  return runs;
}
var EQ = 61;
var MIN_HEX = 24;
function findDecodable(text, runs = base64Runs(text)) {
  const out = [];
  let budget = DECODE_LIMITS.maxTotal;
  const push = (encoding, start, end, decoded) => {
    if (decoded === null || budget <= 0) return;
    budget -= decoded.length;
    out.push({ encoding, start, end, text: decoded });
  };
  const fits = (len) => len >= DECODE_LIMITS.minLength && len <= DECODE_LIMITS.maxSegmentLength;
  const onRun = (start, i, flags) => {
    let hexStart = -1;
    if (i - start >= MIN_HEX) {
      for (let j = start; j < i; j++) {
        const t = CHAR_CLASS[text.charCodeAt(j)];
        if (t & HEXC) {
          if (hexStart < 0) hexStart = j;
        } else if (hexStart >= 0) {
          if (j - hexStart >= MIN_HEX && fits(j - hexStart) && !(t & WORD) && !isWordChar(text, hexStart - 1))
            push("hex", hexStart, j, decodeHex(text.slice(hexStart, j)));
          hexStart = -1;
        }
      }
    }
    let end = i;
    if (text.charCodeAt(i) === EQ) end += text.charCodeAt(i + 1) === EQ ? 2 : 1;
    if (flags & MIXED && flags & (LOWER | UPPER) && fits(end - start))
      push("base64", start, end, decodeBase64(text.slice(start, end)));
    if (hexStart >= 0 && i - hexStart >= MIN_HEX && fits(i - hexStart) && !isWordChar(text, hexStart - 1))
      push("hex", hexStart, i, decodeHex(text.slice(hexStart, i)));
  };
  for (let r = 0; r < runs.length && budget > 0; r += 2) {
    const start = runs[r];
    const i = runs[r + 1];
    let flags = 0;
    for (let j = start; j < i; j++) flags |= CHAR_CLASS[text.charCodeAt(j)];
    onRun(start, i, flags);
  }
  if (budget > 0 && text.includes("%") && /%[0-9A-Fa-f]{2}/.test(text)) {
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m !== null && budget > 0; m = PERCENT.exec(text)) {
      const seg = m[0];
      if (fits(seg.length) && countEscapes(seg) >= 3)
        push("percent", m.index, m.index + seg.length, decodePercent(seg));
    }
  }
  return out;
}
function decodeBase64(s) {
  const body = s.replace(/=+$/, "");
  if (body.length % 4 === 1) return null;
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return null;
  return printable(Buffer.from(body, urlSafe ? "base64url" : "base64"));
}
function decodeHex(s) {
  if (s.length % 2 === 1) return null;
  return printable(Buffer.from(s, "hex"));
}
function isWordChar(text, i) {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function countEscapes(s) {
  let n = 0;
  for (let i = s.indexOf("%"); i !== -1 && n < 3; i = s.indexOf("%", i + 1)) n++;
  return n;
}
function decodePercent(s) {
  try {
    const d = decodeURIComponent(s);
    return d === s ? null : d;
  } catch {
    return null;
  }
}
function printable(buf) {
  if (buf.length < 8) return null;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b >= 32 ? b === 127 : b !== 9 && b !== 10 && b !== 13) return null;
  }
  const text = buf.toString("utf8");
  return text.includes("�") ? null : text;
}

// scanner/detect/keyword-index.ts
var ALPHABET = 128;
var HAS_OUTPUT = 1;
var KeywordIndex = class {
  keywords;
  delta;
  /** For each state, the keyword indices that end there (via output links), or null. */
  outputs;
  constructor(keywords) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    const edges = /* @__PURE__ */ new Map();
    const firstChild = [-1];
    const nextSibling = [-1];
    const edgeChar = [0];
    const own = [null];
    this.keywords.forEach((kw, ki) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (c >= ALPHABET) return;
        let t = edges.get(s * ALPHABET + c);
        if (t === void 0) {
          t = firstChild.length;
          edges.set(s * ALPHABET + c, t);
          firstChild.push(-1);
          nextSibling.push(firstChild[s]);
          firstChild[s] = t;
          edgeChar.push(c);
          own.push(null);
        }
        s = t;
      }
      own[s] = [...own[s] ?? [], ki];
    });
    const n = firstChild.length;
    const delta = new Int32Array(n * ALPHABET);
    const outputs = new Array(n).fill(null);
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let qi = -1; qi < tail; qi++) {
      const s = qi < 0 ? 0 : queue[qi];
      const row = s * ALPHABET;
      if (s !== 0) delta.copyWithin(row, fail[s] * ALPHABET, fail[s] * ALPHABET + ALPHABET);
      for (let t = firstChild[s]; t !== -1; t = nextSibling[t]) {
        const c = edgeChar[t];
        fail[t] = s === 0 ? 0 : (delta[row + c] & ~HAS_OUTPUT) / ALPHABET;
        const inherited = outputs[fail[t]];
        const mine = own[t];
        outputs[t] = mine ? inherited ? [.../* @__PURE__ */ new Set([...mine, ...inherited])] : mine : inherited;
        const step = t * ALPHABET + (outputs[t] ? HAS_OUTPUT : 0);
        delta[row + c] = step;
        if (c >= 97 && c <= 122) delta[row + c - 32] = step;
        queue[tail++] = t;
      }
    }
    this.outputs = outputs;
    this.delta = delta;
  }
  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, appends k to `found` the first
   * time (returning how many were found), and records where each keyword occurs: for each found keyword k,
   * `starts[k]` lists the offsets where it starts, in increasing order (each keyword's
   * occurrences end in increasing order, and it has one length). With `runs`, also appends
   * [start, end) of every maximal run of at least RUN_MIN base64-alphabet characters, which
   * the search for encoded segments would otherwise find in a pass of its own.
   */
  scanStarts(text, hits, found, starts, runs) {
    const { delta, outputs, keywords } = this;
    const track = runs !== void 0;
    let s = 0;
    let run = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        if (run >= 0) {
          if (i - run >= RUN_MIN) runs.push(run, i);
          run = -1;
        }
        continue;
      }
      if (track) {
        if (BASE64_ALPHABET[c] === 1) {
          if (run < 0) run = i;
        } else if (run >= 0) {
          if (i - run >= RUN_MIN) runs.push(run, i);
          run = -1;
        }
      }
      s = delta[s + c];
      if ((s & HAS_OUTPUT) === 0) continue;
      s ^= HAS_OUTPUT;
      for (const k of outputs[s / ALPHABET]) {
        const at = i + 1 - keywords[k].length;
        if (hits[k] === 0) {
          hits[k] = 1;
          found.push(k);
          starts[k] = [at];
        } else starts[k].push(at);
      }
    }
    if (run >= 0 && text.length - run >= RUN_MIN) runs.push(run, text.length);
    return found.length;
  }
};

// scanner/detect/keyword-finder.ts
var ALPHABET2 = 128;
var NEVER = -2;
var NO_BIGRAM = -1;
var DFA_AFTER_CHARS = 32 * 1024;
function foldAscii(text) {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
var KeywordFinder = class {
  constructor(keywords, dfaAfterChars = DFA_AFTER_CHARS) {
    this.dfaAfterChars = dfaAfterChars;
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    this.bigrams = Int32Array.from(this.keywords, (k) => {
      for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) >= ALPHABET2) return NEVER;
      return k.length === 1 ? NO_BIGRAM : k.charCodeAt(0) * ALPHABET2 + k.charCodeAt(1);
    });
  }
  dfaAfterChars;
  keywords;
  bigrams;
  dfa = null;
  scanned = 0;
  /** Which bigrams occur in the text being scanned; all zero between scans. */
  present = new Uint8Array(ALPHABET2 * ALPHABET2);
  /** Whether the automaton has been built (for tests). */
  get built() {
    return this.dfa !== null;
  }
  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, appends k to `found` the first
   * time, and records where each keyword occurs: for each found keyword k,
   * `starts[k]` lists the offsets where it starts, in increasing order (overlapping ones too).
   * With `runs`, also appends the base64-alphabet runs the encoded-segment search needs (see
   * KeywordIndex.scanStarts): the automaton finds them in its pass, the direct search in one
   * of its own.
   */
  scanStarts(text, hits, found, starts, runs) {
    const dfa = this.dfaFor(text);
    if (dfa) return dfa.scanStarts(text, hits, found, starts, runs);
    if (runs !== void 0) base64Runs(text, runs);
    return this.scanDirect(text, hits, found, starts);
  }
  /** The automaton, once the text scanned in all (this one included) passes the threshold. */
  dfaFor(text) {
    if (this.dfa === null) {
      this.scanned += text.length;
      if (this.scanned > this.dfaAfterChars) this.dfa = new KeywordIndex(this.keywords);
    }
    return this.dfa;
  }
  scanDirect(text, hits, found, starts) {
    const upper = this.markBigrams(text, 1);
    const folded = upper ? foldAscii(text) : text;
    const total = this.keywords.length;
    for (let k = 0; k < total; k++) {
      const b = this.bigrams[k];
      if (b === NEVER || b >= 0 && this.present[b] === 0) continue;
      const keyword = this.keywords[k];
      let at = folded.indexOf(keyword);
      if (at === -1) continue;
      const list = hits[k] === 0 ? [] : starts[k];
      for (; at !== -1; at = folded.indexOf(keyword, at + 1)) list.push(at);
      if (hits[k] !== 0) continue;
      starts[k] = list;
      hits[k] = 1;
      found.push(k);
    }
    this.markBigrams(text, 0);
    return found.length;
  }
  /** Sets (or clears) `present` for each case-folded ASCII bigram of `text`; whether it has upper case. */
  markBigrams(text, mark2) {
    const present = this.present;
    let prev = -1;
    let upper = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET2) {
        prev = -1;
        continue;
      }
      if (c >= 65 && c <= 90) {
        c |= 32;
        upper = true;
      }
      if (prev >= 0) present[prev * ALPHABET2 + c] = mark2;
      prev = c;
    }
    return upper;
  }
};

// node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}

// node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// scanner/sha256.ts
var encoder = new TextEncoder();
function sha256Hex(text) {
  return bytesToHex(sha256(encoder.encode(text)));
}

// scanner/detect/allowlist.ts
function allowlistMatches(allowlist, c) {
  const checks = [];
  if (allowlist.commits?.length) {
    checks.push(c.commit !== "" && allowlist.commits.some((sha) => c.commit.startsWith(sha)));
  }
  if (allowlist.paths?.length) checks.push(allowlist.paths.some((re) => test(re, c.path)));
  if (allowlist.regexes?.length) {
    const target = targetOf(allowlist.regexTarget, c);
    checks.push(allowlist.regexes.some((re) => test(re, target)));
  }
  if (allowlist.stopwords?.length) {
    const lower = c.secret.toLowerCase();
    checks.push(allowlist.stopwords.some((w) => lower.includes(w.toLowerCase())));
  }
  if (checks.length === 0) return false;
  return allowlist.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
}
function allowsPath(allowlist, path) {
  if (allowlist.condition === "AND" && hasMoreThanPaths(allowlist)) return false;
  return !!allowlist.paths?.some((re) => test(re, path));
}
function hasMoreThanPaths(a) {
  return !!(a.commits?.length || a.regexes?.length || a.stopwords?.length);
}
function targetOf(target, c) {
  if (target === "match") return c.match;
  if (target === "line") return c.line;
  return c.secret;
}
function test(re, s) {
  if (re.global || re.sticky) re.lastIndex = 0;
  return re.test(s);
}

// scanner/detect/line-index.ts
var INLINE_ALLOW = /(?:gitleaks|leakhound):allow/;
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  found = null;
  cached = null;
  get starts() {
    if (this.found !== null) return this.found;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.found = starts;
    return starts;
  }
  /** 1-based line containing `offset`. */
  line(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Up to `max` characters in front of `offset`, on its line. */
  before(offset, max) {
    const start = this.starts[this.line(offset) - 1];
    return this.text.slice(Math.max(start, offset - max), offset);
  }
  /** 1-based column of `offset` on its line. */
  column(offset, line = this.line(offset)) {
    return offset - this.starts[line - 1] + 1;
  }
  /** The full text of lines `from`..`to` (1-based, inclusive), without the final newline. */
  lines(from, to) {
    const start = this.starts[from - 1] ?? 0;
    const next = this.starts[to];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  /**
   * The lines a match spans, with their inline-allow verdict. Remembered for the last span:
   * a minified file puts many candidates on one huge line, and each would otherwise copy and
   * search the whole line again.
   */
  context(from, to) {
    const c = this.cached;
    if (c && c.from === from && c.to === to) return c.context;
    const text = this.lines(from, to);
    const context = { text, inlineAllow: INLINE_ALLOW.test(text) };
    this.cached = { from, to, context };
    return context;
  }
};

// scanner/detect/nearby-hosts.ts
var LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
var NAME = `(?:${LABEL}(?:\\.${LABEL})+|localhost)`;
var URL_HOST = new RegExp(
  `(?:\\b(?:https?|ssh|git)://(?:[^\\s/@'"]{0,200}@)?(${NAME})(?::(\\d{1,5}))?)|(?:\\b[\\w.-]{1,64}@(${NAME}):(?!\\d))`,
  "gi"
);
var MAX_TEXT = 65536;
var MAX_HOSTS = 5;
function hostsIn(text) {
  const hosts = [];
  for (const m of text.slice(0, MAX_TEXT).matchAll(URL_HOST)) {
    const host = (m[1] ?? m[3]).toLowerCase();
    const h = m[2] ? `${host}:${m[2]}` : host;
    if (!hosts.includes(h)) hosts.push(h);
    if (hosts.length === MAX_HOSTS) break;
  }
  return hosts;
}
function hostsNear(lines, startLine, endLine, around) {
  return hostsIn(lines.lines(Math.max(1, startLine - around), endLine + around));
}

// scanner/detect/placeholders.ts
var TEMPLATE = /\$\{[^}]*\}|\$\{\{|\{\{[^}]*\}\}|\$\([^)]*\)|%\([\w.]+\)s|<%=?|^<[^<>]+>$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/;
var ENV_LOOKUP = /process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|System\.getenv|secrets\.[A-Za-z_]/;
var FILLER = /x{5,}|X{5,}|\*{3,}|\.{4,}|#{4,}|•{3,}|(?:0{8,}|1{8,}|9{8,})/;
var WORDS = /example|placeholder|redacted|changeme|change[_-]me|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|insert[_-]?(?:your|key|token)|replace[_-]?me|dummy[_-]?(?:key|token|secret)|fake[_-]?(?:key|token|secret)/i;
function isPlaceholder(secret) {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || FILLER.test(secret) || WORDS.test(secret)) return true;
  return lowVariety(secret);
}
function lowVariety(secret) {
  if (secret.length < 12) return false;
  const distinct = new Set(secret).size;
  return distinct <= 3 || secret.length >= 24 && distinct <= 5;
}

// scanner/detect/detector.ts
var INLINE_ALLOWED = "inline-allowed";
var DEFAULT_MAX_DECODE_DEPTH = 2;
function runsOnEveryText(keywords) {
  return keywords.length === 0 || keywords.some((k) => !isAscii(k));
}
var TRY_COST_CHARS = 32;
var NO_DECODED = [];
var NO_COMMIT = { commit: "", author: "", email: "", date: "", message: "" };
var Detector = class {
  compiled;
  keywords;
  globalAllowlists;
  maxDecodeDepth;
  keepInlineAllowed;
  /** For each keyword, the indices of the rules it lets run. */
  rulesByKeyword;
  /** Rules without (ASCII) keywords: they run on every fragment. */
  alwaysRun;
  /** Fragments of one file arrive together (history, diffs): remember the last path verdict. */
  lastPath = null;
  constructor(options) {
    enableRegexFallback();
    const ids = /* @__PURE__ */ new Map();
    const asciiKeywords = /* @__PURE__ */ new Set();
    for (const rule of options.rules) {
      for (const k of rule.keywords) if (isAscii(k)) asciiKeywords.add(k.toLowerCase());
    }
    this.keywords = new KeywordFinder(asciiKeywords);
    for (const [i, k] of this.keywords.keywords.entries()) ids.set(k, i);
    this.compiled = options.rules.map(
      (rule) => new CompiledRule(
        rule,
        rule.keywords.map((k) => ids.get(k.toLowerCase())).filter((i) => i !== void 0),
        runsOnEveryText(rule.keywords)
      )
    );
    this.globalAllowlists = options.allowlists ?? [];
    this.maxDecodeDepth = options.maxDecodeDepth ?? DEFAULT_MAX_DECODE_DEPTH;
    this.keepInlineAllowed = options.keepInlineAllowed ?? false;
    this.rulesByKeyword = this.keywords.keywords.map(() => []);
    this.alwaysRun = [];
    this.compiled.forEach((c, i) => {
      if (c.alwaysRun) this.alwaysRun.push(i);
      else for (const k of new Set(c.keywordIds)) this.rulesByKeyword[k].push(i);
    });
  }
  get rules() {
    return this.compiled.map((c) => c.rule);
  }
  detect(fragment) {
    if (this.pathAllowed(fragment.path)) return [];
    return dropGenericOverlaps(this.place(this.detectText(fragment.text, fragment.path, 0), fragment, false));
  }
  /**
   * The part of detection that depends on the content alone: every rule runs whatever its
   * path, and nothing is decided yet that depends on where the content lives. `placeHits`
   * turns the result into findings at one path, so content reachable under many paths (one
   * blob in a push) is read by the rules once.
   */
  detectContent(text) {
    return this.detectText(text, null, 0);
  }
  /** Findings of `hits` (from detectContent) at `fragment`'s path and commit: as `detect` would report them. */
  placeHits(hits, fragment) {
    if (this.pathAllowed(fragment.path)) return [];
    return dropGenericOverlaps(this.place(hits, fragment, true));
  }
  pathAllowed(path) {
    if (this.lastPath?.path !== path) {
      this.lastPath = {
        path,
        allowed: this.globalAllowlists.some((a) => !a.targetRules?.length && allowsPath(a, path))
      };
    }
    return this.lastPath.allowed;
  }
  /** The rule may report at this path: its path pattern matches and none of its allowlists allows the path. */
  appliesTo(c, path) {
    if (c.rule.path && !c.rule.path.test(path)) return false;
    return !c.rule.allowlists?.some((a) => allowsPath(a, path));
  }
  /**
   * Findings of the rules that judge a file by its path alone (a `path` and no regex), for
   * content that cannot be read as text: a committed PKCS#12 or KeePass file is the leak.
   */
  detectFileName(fragment) {
    const path = fragment.path;
    if (this.globalAllowlists.some((a) => !a.targetRules?.length && allowsPath(a, path))) return [];
    const out = [];
    for (const c of this.compiled) {
      if (c.re !== null || !c.rule.path?.test(path)) continue;
      if (c.rule.allowlists?.some((a) => allowsPath(a, path))) continue;
      out.push(this.fileFinding(c.rule, fragment, fragment.commit ?? NO_COMMIT));
    }
    return out;
  }
  /** The rules' hits in `text`; with a path, rules that cannot report there are not run at all. */
  detectText(text, path, depth) {
    let lines;
    const hits = [];
    let decoded;
    const starts = [];
    const runs = depth < this.maxDecodeDepth ? [] : void 0;
    for (const i of this.candidates(text, starts, runs)) {
      const c = this.compiled[i];
      if (depth > 0 && c.rule.skipDecoded) continue;
      if (path !== null && !this.appliesTo(c, path)) continue;
      lines ??= new LineIndex(text);
      if (c.re === null) {
        if (depth === 0) hits.push({ rule: i, fileOnly: true });
        continue;
      }
      const at = c.sticky === null ? null : tryAt(c, starts, text.length);
      if (at !== null) {
        this.matchAt(c, i, at, text, lines, hits);
        continue;
      }
      const re = c.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const h = this.hit(c, i, m, text, lines);
        if (h) hits.push(h);
      }
    }
    if (depth < this.maxDecodeDepth) {
      for (const seg of findDecodable(text, runs)) {
        const inner = this.detectText(seg.text, path, depth + 1);
        if (inner.hits.length === 0 && inner.decoded.length === 0) continue;
        lines ??= new LineIndex(text);
        const startLine = lines.line(seg.start);
        const endLine = lines.line(seg.end - 1);
        decoded ??= [];
        decoded.push({
          encoding: seg.encoding,
          startLine,
          endLine,
          startColumn: lines.column(seg.start, startLine),
          endColumn: lines.column(seg.end - 1, endLine),
          inner
        });
      }
    }
    return { hits, decoded: decoded ?? NO_DECODED };
  }
  /** Findings at the fragment's path from hits; `checkPath` when the hits were found without a path. */
  place(found, fragment, checkPath) {
    const commit = fragment.commit ?? NO_COMMIT;
    const out = [];
    for (const h of found.hits) {
      const c = this.compiled[h.rule];
      if (checkPath && !this.appliesTo(c, fragment.path)) continue;
      if (h.fileOnly) {
        out.push(this.fileFinding(c.rule, fragment, commit));
        continue;
      }
      const cand = {
        secret: h.secret,
        match: h.match,
        line: h.line,
        path: fragment.path,
        commit: commit.commit
      };
      if (c.rule.allowlists?.some((a) => allowlistMatches(a, cand))) continue;
      if (this.globalAllowlists.some((a) => appliesToRule(a, c.rule.id) && allowlistMatches(a, cand))) continue;
      const finding = makeFinding(c.rule, fragment, commit, h);
      if (h.inlineAllow) finding.tags.push(INLINE_ALLOWED);
      if (h.hosts) finding.hosts = h.hosts;
      out.push(finding);
    }
    for (const seg of found.decoded) {
      for (const f of this.place(seg.inner, fragment, checkPath)) {
        const moved = relocate(f, seg, fragment);
        if (!out.some((o) => o.ruleId === moved.ruleId && spansOverlap(o, moved))) out.push(moved);
      }
    }
    return out;
  }
  /**
   * The matches a global scan of `text` would give, found by trying the sticky regex only at
   * the offsets `at` (ascending; every match starts at one of them): after a match, the next
   * try is past its end, as a global scan's next search would be.
   */
  matchAt(c, index, at, text, lines, hits) {
    const re = c.sticky;
    let next = 0;
    let prev = -1;
    for (const q of at) {
      if (q < next || q === prev) continue;
      prev = q;
      re.lastIndex = q;
      const m = re.exec(text);
      if (m === null) continue;
      next = q + Math.max(1, m[0].length);
      if (m[0].length === 0) continue;
      const h = this.hit(c, index, m, text, lines);
      if (h) hits.push(h);
    }
  }
  /**
   * Indices of the rules whose keywords occur in `text` (or that have none), in rule order;
   * fills `starts` with where each keyword found starts.
   */
  candidates(text, starts, runs) {
    const found = [];
    this.keywordScratch ??= new Uint8Array(this.keywords.keywords.length);
    const seen = this.keywordScratch;
    this.keywords.scanStarts(text, seen, found, starts, runs);
    for (const k of found) seen[k] = 0;
    if (found.length === 0) return this.alwaysRun;
    this.ruleScratch ??= new Uint8Array(this.compiled.length);
    const mark2 = this.ruleScratch;
    const order = this.alwaysRun.slice();
    for (const k of found) {
      for (const i of this.rulesByKeyword[k]) {
        if (mark2[i] === 0) {
          mark2[i] = 1;
          order.push(i);
        }
      }
    }
    for (const i of order) mark2[i] = 0;
    return order.sort((a, b) => a - b);
  }
  keywordScratch;
  ruleScratch;
  /** What a rule's match says about the content alone: secret group, entropy, placeholder, validator, inline allow. */
  hit(c, index, m, text, lines) {
    const rule = c.rule;
    const [secret, secretStart] = secretOf(c, m, text);
    if (secret === void 0 || secret === "") return null;
    const entropy = shannonEntropy(secret);
    if (rule.entropy !== void 0 && entropy < rule.entropy) return null;
    if (isPlaceholder(secret)) return null;
    if (rule.validate && !rule.validate(secret, m[0], lines.before(m.index, 64))) return null;
    const startLine = lines.line(secretStart);
    const endOffset = secretStart + secret.length - 1;
    const endLine = lines.line(endOffset);
    const line = lines.context(lines.line(m.index), lines.line(m.index + m[0].length - 1));
    if (line.inlineAllow && !this.keepInlineAllowed) return null;
    const hosts = rule.nearbyHosts ? hostsNear(lines, startLine, endLine, rule.nearbyHosts) : void 0;
    return {
      rule: index,
      ...hosts !== void 0 && hosts.length > 0 ? { hosts } : {},
      line: line.text,
      inlineAllow: line.inlineAllow,
      secret,
      match: m[0],
      startLine,
      endLine,
      startColumn: lines.column(secretStart, startLine),
      endColumn: lines.column(endOffset, endLine),
      entropy
    };
  }
  fileFinding(rule, fragment, commit) {
    return makeFinding(rule, fragment, commit, {
      secret: "",
      match: fragment.path,
      startLine: 1,
      endLine: 1,
      startColumn: 1,
      endColumn: 1,
      entropy: 0
    });
  }
};
function makeFinding(rule, fragment, commit, loc) {
  const file = fragment.path;
  const fingerprint = commit.commit ? `${commit.commit}:${file}:${rule.id}:${loc.startLine}` : `${file}:${rule.id}:${loc.startLine}`;
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    secret: loc.secret,
    match: loc.match,
    file,
    startLine: loc.startLine,
    endLine: loc.endLine,
    startColumn: loc.startColumn,
    endColumn: loc.endColumn,
    commit: commit.commit,
    author: commit.author,
    email: commit.email,
    date: commit.date,
    message: commit.message,
    fingerprint,
    entropy: Math.round(loc.entropy * 1e3) / 1e3,
    tags: [...rule.tags ?? []],
    secretHash: secretHash(rule.id, file, loc.secret)
  };
}
function secretHash(ruleId, file, secret) {
  return sha256Hex(`${ruleId}:${file}:${secret}`);
}
function secretOf(c, m, text) {
  const groups = m.length - 1;
  let g = c.rule.secretGroup ?? (groups > 0 ? -1 : 0);
  if (g === -1) {
    g = 0;
    for (let i = 1; i <= groups; i++) {
      if (m[i]) {
        g = i;
        break;
      }
    }
  }
  const secret = m[g];
  if (g === 0 || secret === void 0) return [secret, m.index];
  if (m.indices) return [secret, m.indices[g][0]];
  const at = m[0].indexOf(secret);
  if (at === m[0].lastIndexOf(secret)) return [secret, m.index + at];
  const re = c.withIndices;
  re.lastIndex = m.index;
  const again = re.exec(text);
  return [secret, again?.indices?.[g]?.[0] ?? m.index + at];
}
function relocate(f, seg, fragment) {
  const { startLine, endLine, startColumn, endColumn, encoding } = seg;
  const file = fragment.path;
  const commit = fragment.commit?.commit ?? "";
  return {
    ...f,
    startLine,
    endLine,
    startColumn,
    endColumn,
    fingerprint: commit ? `${commit}:${file}:${f.ruleId}:${startLine}` : `${file}:${f.ruleId}:${startLine}`,
    tags: f.tags.includes(`decoded:${encoding}`) ? f.tags : [...f.tags, `decoded:${encoding}`]
  };
}
function dropGenericOverlaps(findings) {
  if (findings.length < 2) return findings;
  const seen = /* @__PURE__ */ new Set();
  const ranked = findings.map(rank);
  const top = Math.max(...ranked);
  return findings.filter((f, i) => {
    const key = `${f.ruleId}:${f.startLine}:${f.startColumn}:${f.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const r = ranked[i];
    if (r === top) return true;
    if (r < 0) return false;
    return !findings.some((s, j) => ranked[j] > r && overlaps(s, f));
  });
}
function rank(f) {
  if (f.secret === "" && f.tags.includes("key-store")) return -1;
  if (f.tags.includes("generic")) return 0;
  return f.tags.includes("credential-file") ? 1 : 2;
}
function overlaps(a, b) {
  if (a.startLine > b.endLine || b.startLine > a.endLine) return false;
  if (a.secret.includes(b.secret) || b.secret.includes(a.secret)) return true;
  return spansOverlap(a, b);
}
function spansOverlap(a, b) {
  return !before(a.endLine, a.endColumn, b.startLine, b.startColumn) && !before(b.endLine, b.endColumn, a.startLine, a.startColumn);
}
function before(l1, c1, l2, c2) {
  return l1 < l2 || l1 === l2 && c1 < c2;
}
function appliesToRule(a, ruleId) {
  return !a.targetRules?.length || a.targetRules.includes(ruleId);
}
function tryAt(c, starts, length) {
  let total = 0;
  for (const k of c.keywordIds) total += starts[k]?.length ?? 0;
  if (total * (c.lead + 1) * TRY_COST_CHARS > length) return null;
  if (c.keywordIds.length === 1 && c.lead === 0) return starts[c.keywordIds[0]] ?? [];
  const out = [];
  for (const k of c.keywordIds) {
    for (const a of starts[k] ?? []) for (let d = c.lead; d >= 0; d--) if (a >= d) out.push(a - d);
  }
  return out.sort((x, y) => x - y);
}
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export {
  enableRegexFallback,
  findDecodable,
  sha256Hex,
  foldAscii,
  DEFAULT_MAX_DECODE_DEPTH,
  runsOnEveryText,
  Detector,
  secretHash
};
