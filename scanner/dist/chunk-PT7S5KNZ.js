import {
  enableRegexFallback
} from "./chunk-ZYF5IGMZ.js";
import {
  shannonEntropy
} from "./chunk-EHNPBCAK.js";
import {
  InputError
} from "./chunk-WKZTSYGD.js";

// scanner/git/git-process.ts
import { spawn } from "node:child_process";
function scanEnv() {
  return {
    ...process.env,
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_REPLACE_OBJECTS: "1"
  };
}
var STABLE_CONFIG = [
  "-c",
  "core.quotePath=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "diff.noprefix=false"
];
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(
      `git ${args.filter((a) => a !== "-c" && !a.includes("=")).slice(0, 3).join(" ")} failed: ${firstLine(stderr) || `exit ${code}`}`
    );
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitError";
};
function spawnGit(repo, args) {
  return spawn("git", args, { cwd: repo, env: scanEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
function runGit(repo, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repo, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => {
      const ok = code === 0 || code !== null && (options.okCodes ?? []).includes(code);
      if (ok) resolve({ stdout: Buffer.concat(out), code: code ?? 0 });
      else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
async function gitText(repo, args, options) {
  return (await runGit(repo, args, options)).stdout.toString("utf8");
}
async function repoRoot(dir) {
  try {
    const top = (await gitText(dir, ["rev-parse", "--show-toplevel"])).trim();
    if (top) return top;
    return (await gitText(dir, ["rev-parse", "--absolute-git-dir"])).trim();
  } catch (err) {
    if (err instanceof GitError) {
      if (/bare repository|work tree/.test(err.stderr))
        return (await gitText(dir, ["rev-parse", "--absolute-git-dir"])).trim();
      throw new InputError(
        `${dir} is not a git repository (${firstLine(err.stderr)}); pass --repo with a clone, e.g. --repo ./my-service`
      );
    }
    if (err.code === "ENOENT")
      throw new InputError(`cannot run ${dir}: the directory does not exist or git is not installed`);
    throw err;
  }
}
function spawnError(e) {
  if (e.code === "ENOENT")
    return new InputError(
      "git is not installed or not on PATH; leakhound needs git 2.30 or later for history and diff scans"
    );
  return e;
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
function writeIds(stdin, oids, from = 0) {
  stdin.on("error", () => {
  });
  let i = from;
  const write = () => {
    while (i < oids.length) {
      const end = Math.min(i + 512, oids.length);
      const ok = stdin.write(`${oids.slice(i, end).join("\n")}
`);
      i = end;
      if (!ok) {
        stdin.once("drain", write);
        return;
      }
    }
    stdin.end();
  };
  write();
}

// scanner/pool/run-task.ts
import { readFileSync } from "node:fs";

// scanner/detect/content.ts
var utf8 = new TextDecoder("utf-8", { fatal: false });
var utf16le = new TextDecoder("utf-16le", { fatal: false });
var utf16be = new TextDecoder("utf-16be", { fatal: false });
function toText(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return utf16le.decode(bytes);
    if (bytes[0] === 254 && bytes[1] === 255) return utf16be.decode(bytes);
  }
  return isBinary(bytes) ? null : utf8.decode(bytes);
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).indexOf(0) !== -1;
}

// scanner/pool/run-task.ts
function runTask(detector, task) {
  if (task.nameOnly) return { findings: detector.detectFileName(task), bytes: 0 };
  let text;
  let size;
  if (task.text !== void 0) {
    text = task.text;
    size = Buffer.byteLength(text);
  } else {
    let bytes;
    if (task.bytes) bytes = task.bytes;
    else {
      try {
        bytes = readFileSync(task.file);
      } catch (err) {
        const code = err.code ?? "error";
        return { findings: [], skipped: { file: task.path, reason: "unreadable", detail: code }, bytes: 0 };
      }
    }
    size = bytes.length;
    text = toText(bytes);
  }
  if (text === null)
    return { findings: detector.detectFileName(task), skipped: { file: task.path, reason: "binary" }, bytes: 0 };
  const findings = detector.detect({ text, path: task.path, ...task.commit ? { commit: task.commit } : {} });
  return { findings, bytes: size };
}

// scanner/sha256.ts
function sha256Hex(text) {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(text).digest("hex");
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
var CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let t = 0;
  if (/[A-Za-z0-9+/_-]/.test(ch)) t |= B64;
  if (/[0-9a-fA-F]/.test(ch)) t |= HEXC;
  if (/\w/.test(ch)) t |= WORD;
  if (/[a-z]/.test(ch)) t |= LOWER;
  if (/[A-Z]/.test(ch)) t |= UPPER;
  if (/[0-9+/_-]/.test(ch)) t |= MIXED;
  CLASS[c] = t;
}
var EQ = 61;
var MIN_HEX = 24;
function findDecodable(text) {
  const out = [];
  let budget = DECODE_LIMITS.maxTotal;
  const push = (encoding, start, end, decoded) => {
    if (decoded === null || budget <= 0) return;
    budget -= decoded.length;
    out.push({ encoding, start, end, text: decoded });
  };
  const fits = (len) => len >= DECODE_LIMITS.minLength && len <= DECODE_LIMITS.maxSegmentLength;
  const n = text.length;
  let i = 0;
  while (i < n && budget > 0) {
    let c = text.charCodeAt(i);
    if (c >= 128 || (CLASS[c] & B64) === 0) {
      i++;
      continue;
    }
    const start = i;
    let flags = 0;
    do {
      flags |= CLASS[c];
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (c < 128 && (CLASS[c] & B64) !== 0);
    if (i - start < DECODE_LIMITS.minLength - 2) continue;
    let hexStart = -1;
    if (i - start >= MIN_HEX) {
      for (let j = start; j < i; j++) {
        const t = CLASS[text.charCodeAt(j)];
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
    if (c === EQ) end += text.charCodeAt(i + 1) === EQ ? 2 : 1;
    if (flags & MIXED && flags & (LOWER | UPPER) && fits(end - start))
      push("base64", start, end, decodeBase64(text.slice(start, end)));
    if (hexStart >= 0 && i - hexStart >= MIN_HEX && fits(i - hexStart) && !isWordChar(text, hexStart - 1))
      push("hex", hexStart, i, decodeHex(text.slice(hexStart, i)));
  }
  if (budget > 0 && /%[0-9A-Fa-f]{2}/.test(text)) {
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
  let bad = 0;
  for (const b of buf) {
    if (b === 9 || b === 10 || b === 13 || b >= 32 && b < 127) continue;
    if (b >= 128) continue;
    bad++;
  }
  if (bad > 0) return null;
  const text = buf.toString("utf8");
  return text.includes("�") ? null : text;
}

// scanner/detect/linear-regex.ts
import { RE2JS } from "re2js";
var LinearRegex = class {
  constructor(source) {
    this.source = source;
    this.re = RE2JS.compile(source);
  }
  source;
  lastIndex = 0;
  re;
  exec(text) {
    const m = this.re.matcher(text);
    if (this.lastIndex > text.length || !m.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const groups = this.re.groupCount();
    const out = [];
    const indices = [];
    for (let g = 0; g <= groups; g++) {
      const start = m.start(g);
      out.push(start < 0 ? void 0 : m.group(g));
      indices.push([start, m.end(g)]);
    }
    const result = Object.assign(out, { index: m.start(), input: text, indices });
    this.lastIndex = m.end() === m.start() ? m.end() + 1 : m.end();
    return result;
  }
};

// scanner/detect/compiled-rule.ts
var CompiledRule = class {
  constructor(rule, keywordIds, alwaysRun) {
    this.rule = rule;
    this.keywordIds = keywordIds;
    this.alwaysRun = alwaysRun;
    if (rule.re2) this.regex = new LinearRegex(rule.re2);
  }
  rule;
  keywordIds;
  alwaysRun;
  regex;
  indices;
  /** The rule's global regex (lastIndex is the caller's), or null for a rule of paths alone. */
  get re() {
    if (this.regex === void 0)
      this.regex = this.rule.regex ? new RegExp(this.rule.regex.source, flagsFor(this.rule.regex)) : null;
    return this.regex;
  }
  /** Same pattern with the `d` flag, sticky, only to locate an ambiguous group (see secretOf). */
  get withIndices() {
    if (this.indices === void 0) {
      const re = this.rule.regex;
      this.indices = re ? new RegExp(re.source, `${flagsFor(re)}dy`.replace("g", "")) : null;
    }
    return this.indices;
  }
};
function flagsFor(re) {
  return `${re.flags.replace(/[gyd]/g, "")}g`;
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
   * Marks `hits[k] = 1` for every keyword k present in `text`, and appends k to `found` the
   * first time. Returns how many were found.
   */
  scan(text, hits, found = []) {
    const { delta, outputs } = this;
    const total = this.keywords.length;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = delta[s + c];
      if ((s & HAS_OUTPUT) === 0) continue;
      s ^= HAS_OUTPUT;
      for (const k of outputs[s / ALPHABET]) {
        if (hits[k] === 0) {
          hits[k] = 1;
          found.push(k);
          if (found.length === total) return total;
        }
      }
    }
    return found.length;
  }
};

// scanner/detect/keyword-finder.ts
var ALPHABET2 = 128;
var NEVER = -2;
var NO_BIGRAM = -1;
var DFA_AFTER_CHARS = 64 * 1024;
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
  /** Whether the automaton has been built (for tests). */
  get automaton() {
    return this.dfa !== null;
  }
  /**
   * Marks `hits[k] = 1` for every keyword k present in `text`, and appends k to `found` the
   * first time. Returns how many were found.
   */
  scan(text, hits, found = []) {
    if (this.dfa === null) {
      this.scanned += text.length;
      if (this.scanned <= this.dfaAfterChars) return this.scanDirect(text, hits, found);
      this.dfa = new KeywordIndex(this.keywords);
    }
    return this.dfa.scan(text, hits, found);
  }
  scanDirect(text, hits, found) {
    const present = new Uint8Array(ALPHABET2 * ALPHABET2);
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
      if (prev >= 0) present[prev * ALPHABET2 + c] = 1;
      prev = c;
    }
    const folded = upper ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
    const total = this.keywords.length;
    for (let k = 0; k < total; k++) {
      if (hits[k] !== 0) continue;
      const b = this.bigrams[k];
      if (b === NEVER || b >= 0 && present[b] === 0) continue;
      if (!folded.includes(this.keywords[k])) continue;
      hits[k] = 1;
      found.push(k);
      if (found.length === total) return total;
    }
    return found.length;
  }
};

// scanner/detect/line-index.ts
var INLINE_ALLOW = /(?:gitleaks|leakhound):allow/;
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  cached = null;
  /** 1-based line containing `offset`. */
  line(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
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
    this.compiled = options.rules.map((rule) => {
      const nonAscii = rule.keywords.some((k) => !isAscii(k));
      return new CompiledRule(
        rule,
        rule.keywords.map((k) => ids.get(k.toLowerCase())).filter((i) => i !== void 0),
        rule.keywords.length === 0 || nonAscii
      );
    });
    this.globalAllowlists = options.allowlists ?? [];
    this.maxDecodeDepth = options.maxDecodeDepth ?? 2;
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
    for (const i of this.candidates(text)) {
      const c = this.compiled[i];
      if (depth > 0 && c.rule.skipDecoded) continue;
      if (path !== null && !this.appliesTo(c, path)) continue;
      lines ??= new LineIndex(text);
      if (c.re === null) {
        if (depth === 0) hits.push({ rule: i, fileOnly: true });
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
      for (const seg of findDecodable(text)) {
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
  /** Indices of the rules whose keywords occur in `text` (or that have none), in rule order. */
  candidates(text) {
    const found = [];
    this.keywords.scan(text, new Uint8Array(this.keywords.keywords.length), found);
    if (found.length === 0) return this.alwaysRun;
    const mark = new Uint8Array(this.compiled.length);
    for (const i of this.alwaysRun) mark[i] = 1;
    for (const k of found) for (const i of this.rulesByKeyword[k]) mark[i] = 1;
    const order = [];
    for (let i = 0; i < mark.length; i++) if (mark[i] === 1) order.push(i);
    return order;
  }
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
function isAscii(s) {
  return /^[\x00-\x7f]*$/.test(s);
}

export {
  STABLE_CONFIG,
  GitError,
  spawnGit,
  runGit,
  gitText,
  repoRoot,
  spawnError,
  writeIds,
  toText,
  isBinary,
  runTask,
  sha256Hex,
  INLINE_ALLOWED,
  Detector,
  secretHash
};
