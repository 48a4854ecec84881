import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  defaultRules
} from "./chunk-TIYFJRVA.js";
import {
  ConfigError
} from "./chunk-NS4ILB2U.js";

// scanner/config/parse.ts
import { dirname, isAbsolute, join, normalize as normalize2 } from "node:path";

// rules/global-allowlist.ts
var paths = [
  // Scanner configuration: rules, allowlists and example secrets by design.
  /(?:^|\/)\.?(?:gitleaks|leakhound)\.toml$/,
  // Ignore files list fingerprints (`file:rule:line`), never secrets.
  /(?:^|\/)\.(?:gitleaks|leakhound)ignore$/,
  // Images, fonts, media: binary, or (SVG) drawing instructions; base64 blobs look random.
  /\.(?:bmp|gif|jpe?g|png|svg|tiff?|ico|webp|avif|heic|psd)$/i,
  /\.(?:eot|[ot]tf|woff2?)$/i,
  /\.(?:mp[34]|m4a|aac|flac|ogg|wav|webm|mov|avi|mkv)$/i,
  // Office documents and compiled or binary artefacts: not text the regexes could read.
  /\.(?:docx?|xlsx?|pptx?|pdf|bin|socket|vsidx|v2|suo|wsuo|dll|pdb|exe|gltf|so|dylib|class|pyc|wasm)$/i,
  // Go module checksums (go.sum is all `h1:` hashes) and the vendored-module list. Vendored
  // code itself is scanned: it is committed, and a key in it leaks like any other.
  /(?:^|\/)go\.(?:mod|sum|work(?:\.sum)?)$/,
  /(?:^|\/)vendor\/modules\.txt$/,
  // Build tool wrappers checked in verbatim from upstream.
  /(?:^|\/)gradlew(?:\.bat)?$/,
  /(?:^|\/)mvnw(?:\.cmd)?$/,
  /(?:^|\/)\.mvn\/wrapper\/MavenWrapperDownloader\.java$/,
  // Lock files are scanned on purpose: a resolved URL can carry a registry token. Their
  // integrity hashes are no noise: the generic rules skip digest files themselves.
  /(?:^|\/)verification-metadata\.xml$/,
  // Dependency folders (node_modules, vendor, venv) are not listed: `scan` skips them only when
  // git does not track them, and a committed one in history is committed code. Packed gems
  // and a system Python's installed packages are archives and third-party installs.
  /\.gem$/,
  /(?:^|\/)(?:lib(?:64)?\/python[23](?:\.\d{1,2})+|python\/[23](?:\.\d{1,2})+\/lib(?:64)?)(?:\/.*)?$/i,
  /(?:^|\/)[a-z0-9_.]+-[0-9.]+\.dist-info(?:\/.+)?$/i,
  // Vendored, usually minified, front-end libraries.
  /(?:^|\/)(?:angular|bootstrap|jquery(?:-?ui)?|plotly|swagger-?ui)[a-zA-Z0-9.-]*(?:\.min)?\.js(?:\.map)?$/,
  /(?:^|\/)javascript\.json$/,
  // SQL Server project refactor logs: generated GUID soup.
  /(?:^|\/)Database\.refactorlog$/,
  // A worktree's `.git` file only points at the real git directory.
  /(?:^|\/)\.git$/
];
var regexes = [
  // Literals and single repeated characters.
  /^(?:true|false|null)$/i,
  /^(?:a+|b+|c+|d+|e+|f+|g+|h+|i+|j+|k+|l+|m+|n+|o+|p+|q+|r+|s+|t+|u+|v+|w+|x+|y+|z+|\*+|\.+)$/i,
  // Shell, Make, Windows and templating references instead of values.
  /^\$(?:\d+|\{\d+\})$/,
  /^\$(?:[A-Z_]+|[a-z_]+)$/,
  /^\$\{(?:[A-Z_]+|[a-z_]+)\}$/,
  /^\{\{[ \t]*[\w ().|]+[ \t]*\}\}$/,
  /^\$\{\{[ \t]*(?:env|github|secrets|vars)(?:\.[A-Za-z]\w+)+[\w "'&./=|]*[ \t]*\}\}$/,
  /^%(?:[A-Z_]+|[a-z_]+)%$/,
  /^@(?:[A-Z_]+|[a-z_]+)@$/,
  // Format strings and positional placeholders.
  /^%[+\-# 0]?[bcdeEfFgGoOpqstTUvxX]$/,
  /^\{\d{0,2}\}$/,
  // Absolute paths of the usual system and home directories.
  /^\/Users\/[A-Za-z0-9]+\/[\w ./-]+$/,
  /^\/(?:bin|etc|home|opt|tmp|usr|var)\/[\w ./-]+$/
];
var defaultAllowlists = [
  {
    description: "leakhound default global allowlist (after gitleaks)",
    paths,
    regexes,
    // A documentation UUID and the alphabet in order: no generated credential contains either.
    stopwords: ["014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz"]
  }
];

// scanner/config/merge.ts
function toRule(layer) {
  return mergeRule({ id: layer.id, description: layer.id, severity: "high", keywords: [] }, layer);
}
function mergeRule(base, layer) {
  const { validate, re2, ...rest } = base;
  const rule = layer.regex || !validate ? rest : { ...rest, validate };
  if (!layer.regex && re2 !== void 0) rule.re2 = re2;
  if (layer.description !== void 0) rule.description = layer.description;
  if (layer.severity !== void 0) rule.severity = layer.severity;
  if (layer.regex !== void 0) rule.regex = layer.regex;
  if (layer.re2 !== void 0) rule.re2 = layer.re2;
  if (layer.path !== void 0) rule.path = layer.path;
  if (layer.secretGroup !== void 0) rule.secretGroup = layer.secretGroup;
  if (layer.entropy !== void 0) rule.entropy = layer.entropy;
  rule.keywords = union(base.keywords, layer.keywords);
  const tags = union(base.tags ?? [], layer.tags);
  if (tags.length > 0) rule.tags = tags;
  const allowlists = [...base.allowlists ?? [], ...layer.allowlists];
  if (allowlists.length > 0) rule.allowlists = allowlists;
  return rule;
}
function extendRules(base, own, disabledRules, baseName, warn) {
  const baseIds = new Set(base.map((r) => r.id));
  const disabled = new Set(disabledRules);
  for (const id of disabled) {
    if (!baseIds.has(id)) warn(`disabledRules names ${id}, which is not a rule in ${baseName}`);
  }
  const ownById = new Map(own.map((l) => [l.id, l]));
  const rules = [];
  for (const rule of base) {
    if (disabled.has(rule.id)) continue;
    const layer = ownById.get(rule.id);
    rules.push(layer ? mergeRule(rule, layer) : rule);
  }
  for (const layer of own) {
    if (!baseIds.has(layer.id) || disabled.has(layer.id)) rules.push(toRule(layer));
  }
  return rules;
}
function groupCount(re) {
  return new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, "")).exec("").length - 1;
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}

// scanner/config/go-regex-charset.ts
var MAX_UNIT = 65535;
var ASCII_POSIX = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122]
  ],
  alpha: [
    [65, 90],
    [97, 122]
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32]
  ],
  cntrl: [
    [0, 31],
    [127, 127]
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126]
  ],
  space: [
    [9, 13],
    [32, 32]
  ],
  upper: [[65, 90]],
  word: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122]
  ],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102]
  ]
};
function posixRanges(name) {
  const negated = name.startsWith("^");
  const ranges = ASCII_POSIX[negated ? name.slice(1) : name];
  if (!ranges) return void 0;
  return negated ? complement(ranges) : ranges;
}
function normalize(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}
function caseVariants(cp) {
  const seen = /* @__PURE__ */ new Set([cp]);
  const queue = [cp];
  while (queue.length > 0) {
    const ch = String.fromCodePoint(queue.pop());
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
      const vcp = v.codePointAt(0);
      if (v.length === String.fromCodePoint(vcp).length && !seen.has(vcp)) {
        seen.add(vcp);
        queue.push(vcp);
      }
    }
  }
  return [...seen];
}
function foldRanges(ranges) {
  const extra = [];
  for (const [lo, hi] of normalize(ranges)) {
    const top = Math.min(hi, MAX_UNIT);
    const visit = (cp) => {
      for (const v of caseVariants(cp)) if ((v < lo || v > hi) && v <= MAX_UNIT) extra.push([v, v]);
    };
    if (top - lo < 256) for (let cp = lo; cp <= top; cp++) visit(cp);
    else for (const cp of casedUnits()) if (cp >= lo && cp <= top) visit(cp);
  }
  return normalize([...ranges, ...extra]);
}
var cased;
function casedUnits() {
  if (!cased) {
    cased = [];
    for (let cp = 0; cp <= MAX_UNIT; cp++) if (caseVariants(cp).length > 1) cased.push(cp);
  }
  return cased;
}
function sameRanges(a, b) {
  const x = normalize(a);
  const y = normalize(b);
  return x.length === y.length && x.every((r, i) => r[0] === y[i][0] && r[1] === y[i][1]);
}
function renderClass(set) {
  const parts = normalize(set.ranges).map(([lo, hi]) => {
    if (lo === hi) return classChar(lo);
    if (hi === lo + 1) return classChar(lo) + classChar(hi);
    return `${classChar(lo)}-${classChar(hi)}`;
  });
  return `[${set.negated ? "^" : ""}${parts.join("")}${set.escapes.join("")}]`;
}
var CLASS_SPECIAL = /* @__PURE__ */ new Set(["\\", "]", "[", "^", "-"]);
var SYNTAX = /* @__PURE__ */ new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "/"]);
function classChar(cp) {
  const ch = String.fromCharCode(cp);
  if (CLASS_SPECIAL.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}
function renderChar(cp) {
  if (cp > MAX_UNIT) {
    const pair = String.fromCodePoint(cp);
    return `(?:${unitEscape(pair.charCodeAt(0))}${unitEscape(pair.charCodeAt(1))})`;
  }
  const ch = String.fromCharCode(cp);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}
var NAMED = { 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };
function printable(cp) {
  return cp >= 32 && cp < 127;
}
function unitEscape(unit) {
  const named = NAMED[unit];
  if (named) return named;
  const hex = unit.toString(16).toUpperCase();
  return unit < 256 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

// scanner/config/go-regex-lexer.ts
var GoRegexError = class extends Error {
  name = "GoRegexError";
};
function untranslatable(construct) {
  return new GoRegexError(`uses ${construct}, which leakhound cannot translate; rewrite the pattern without it`);
}
function notGo(construct, fix = "rewrite the pattern without it") {
  return new GoRegexError(
    `uses ${construct}, which Go's regexp does not accept either (gitleaks would reject it); ${fix}`
  );
}
var CHAR_ESCAPES = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
var Cursor = class {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  nextCodePoint() {
    const cp = this.src.codePointAt(this.i);
    this.i += cp > 65535 ? 2 : 1;
    return cp;
  }
  unicodeClassText() {
    const braced = this.src[this.i + 2] === "{";
    const close = this.src.indexOf("}", this.i);
    const end = braced && close !== -1 ? close + 1 : this.i + 3;
    return this.src.slice(this.i, end);
  }
  /** An escape that stands for one character (`\x41`, `\x{1F600}`, `\101`, `\n`, `\.`). */
  charEscape() {
    const c = this.src[this.i + 1];
    const start = this.i;
    this.i += 2;
    if (c in CHAR_ESCAPES) return CHAR_ESCAPES[c];
    if (c >= "0" && c <= "7") return this.octal(c, start);
    if (c === "x") return this.hex(start);
    const cp = c.codePointAt(0);
    if (cp < 128 && !/[0-9A-Za-z_]/.test(c)) return cp;
    if (c >= "1" && c <= "9") throw notGo(`the backreference \\${c}`);
    throw notGo(`the escape \\${c}`, "remove the backslash (only punctuation may be escaped)");
  }
  octal(first, start) {
    const more = /^[0-7]{0,2}/.exec(this.src.slice(this.i))[0];
    if (first !== "0" && more === "") throw notGo(`the backreference \\${first}`);
    this.i += more.length;
    return parseInt(this.src.slice(start + 1, this.i), 8);
  }
  hex(start) {
    const m = /^(?:\{([0-9A-Fa-f]{1,8})\}|([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.i));
    const digits = m?.[1] ?? m?.[2];
    if (!m || digits === void 0 || parseInt(digits, 16) > 1114111) {
      throw notGo(`the escape ${this.src.slice(start, this.i + 2)}`, "write \\xHH or \\x{HHHH}");
    }
    this.i += m[0].length;
    return parseInt(digits, 16);
  }
  charClass() {
    this.i++;
    const set = { negated: this.src[this.i] === "^", ranges: [], escapes: [] };
    if (set.negated) this.i++;
    for (let first = true; ; first = false) {
      if (this.i >= this.src.length) throw notGo("a character class without its closing ]", "close it with ]");
      const c = this.src[this.i];
      if (c === "]" && !first) break;
      if (this.src.startsWith("[:", this.i) && this.posix(set)) continue;
      if (c === "\\" && /[dDsSwW]/.test(this.src[this.i + 1] ?? "")) {
        set.escapes.push(this.src.slice(this.i, this.i + 2));
        this.i += 2;
        continue;
      }
      if (c === "\\" && /[pP]/.test(this.src[this.i + 1] ?? "")) {
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== void 0 && this.src[this.i + 1] !== "]") {
        this.i++;
        hi = this.classChar();
        if (hi < lo) throw notGo("a character range whose end comes before its start", "swap its ends");
      }
      if (hi > MAX_UNIT) {
        if (lo > MAX_UNIT) throw untranslatable("a character class holding characters above U+FFFF");
        hi = MAX_UNIT;
      }
      set.ranges.push([lo, hi]);
    }
    this.i++;
    return set;
  }
  posix(set) {
    const end = this.src.indexOf(":]", this.i + 2);
    if (end === -1) return false;
    const name = this.src.slice(this.i + 2, end);
    const ranges = posixRanges(name);
    if (!ranges)
      throw notGo(
        `the unknown POSIX class [:${name}:]`,
        "use one of alnum, alpha, digit, lower, upper, space, word, xdigit…"
      );
    set.ranges.push(...ranges);
    this.i = end + 2;
    return true;
  }
  classChar() {
    if (this.src[this.i] === "\\") return this.charEscape();
    return this.nextCodePoint();
  }
};

// scanner/config/go-regex-parser.ts
var REPEAT = /\{\d+(?:,\d*)?\}/y;
var GROUP_NAME = /[A-Za-z0-9_]+>/y;
var LOOKAROUNDS = [
  ["(?=", "lookahead"],
  ["(?!", "negative lookahead"],
  ["(?<=", "lookbehind"],
  ["(?<!", "negative lookbehind"],
  ["(?>", "atomic group"],
  ["(?#", "comment group"]
];
function parseGoRegex(pattern) {
  return new Parser(pattern).run();
}
var Parser = class extends Cursor {
  flags = { i: false, m: false, s: false, U: false };
  saved = [];
  out = [];
  groups = 0;
  run() {
    while (this.i < this.src.length) this.step();
    return { pieces: this.out, groups: this.groups };
  }
  step() {
    const c = this.src[this.i];
    switch (c) {
      case "(":
        this.group();
        return;
      case ")":
        this.i++;
        this.flags = this.saved.pop() ?? this.flags;
        this.out.push(")");
        return;
      case "|":
        this.i++;
        this.out.push("|");
        return;
      case "*":
      case "+":
      case "?":
        this.i++;
        this.quantifier(c);
        return;
      case "{": {
        REPEAT.lastIndex = this.i;
        const m = REPEAT.exec(this.src);
        if (!m) break;
        this.i += m[0].length;
        this.quantifier(m[0]);
        return;
      }
      case "[":
        this.out.push({ kind: "class", set: this.charClass(), fold: this.flags.i });
        return;
      case ".":
        this.i++;
        this.out.push({ kind: "dot", s: this.flags.s });
        return;
      case "^":
      case "$":
        this.i++;
        this.out.push({ kind: "anchor", text: c, m: this.flags.m });
        return;
      case "\\":
        this.escape();
        return;
    }
    this.literal(this.nextCodePoint());
  }
  literal(cp) {
    this.out.push({ kind: "char", cp, fold: this.flags.i });
  }
  /** `(?U)` swaps greedy and lazy, which JavaScript spells out per quantifier. */
  quantifier(op) {
    const lazy = this.src[this.i] === "?";
    if (lazy) this.i++;
    this.out.push(lazy !== this.flags.U ? `${op}?` : op);
  }
  group() {
    const rest = this.src.slice(this.i, this.i + 4);
    if (!rest.startsWith("(?")) {
      this.i++;
      this.open("(");
      return;
    }
    if (rest.startsWith("(?P<") || rest.startsWith("(?<") && rest[3] !== "=" && rest[3] !== "!") {
      this.i += rest.startsWith("(?P<") ? 4 : 3;
      GROUP_NAME.lastIndex = this.i;
      const m = GROUP_NAME.exec(this.src);
      if (!m) throw notGo("a group name that is not letters, digits and _", "rename the group");
      const name = m[0].slice(0, -1);
      if (/^\d/.test(name)) throw untranslatable(`the group name ${name} (JavaScript names cannot start with a digit)`);
      this.i += m[0].length;
      this.open(`(?<${name}>`);
      return;
    }
    for (const [syntax, what] of LOOKAROUNDS) {
      if (rest.startsWith(syntax)) throw notGo(`the ${what} ${syntax}`);
    }
    if (rest.startsWith("(?P=")) throw notGo("the backreference (?P=");
    this.flagGroup();
  }
  open(text) {
    this.saved.push({ ...this.flags });
    if (text !== "(?:") this.groups++;
    this.out.push(text);
  }
  /** `(?i)` sets flags to the end of the enclosing group; `(?i:…)` only inside its own. */
  flagGroup() {
    const start = this.i;
    const next = { ...this.flags };
    let negate = false;
    let seen = false;
    for (this.i += 2; this.i < this.src.length; this.i++) {
      const c = this.src[this.i];
      if (c === ":" || c === ")") {
        if (negate && !seen) break;
        this.i++;
        if (c === ":") this.open("(?:");
        this.flags = next;
        return;
      }
      if (c === "-" && !negate) {
        negate = true;
        seen = false;
      } else if (c === "i" || c === "m" || c === "s" || c === "U") {
        next[c] = !negate;
        seen = true;
      } else {
        throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, "use only the flags i, m, s and U");
      }
    }
    throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, "use only the flags i, m, s and U");
  }
  escape() {
    const c = this.src[this.i + 1];
    if (c === void 0) throw notGo("a trailing backslash", "escape it as \\\\");
    switch (c) {
      case "A":
      case "z":
        this.i += 2;
        this.out.push({ kind: "anchor", text: c === "A" ? "^" : "$", m: false });
        return;
      case "b":
      case "B":
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        this.i += 2;
        this.out.push(`\\${c}`);
        return;
      case "Q":
        this.quoted();
        return;
      case "C":
        throw untranslatable("\\C");
      case "p":
      case "P":
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
    }
    this.literal(this.charEscape());
  }
  /** `\Q…\E`: everything between is literal; without `\E`, up to the end. */
  quoted() {
    const end = this.src.indexOf("\\E", this.i + 2);
    const stop = end === -1 ? this.src.length : end;
    this.i += 2;
    while (this.i < stop) this.literal(this.nextCodePoint());
    if (end !== -1) this.i += 2;
  }
};

// scanner/config/go-regex.ts
function translateGoRegex(pattern) {
  const { pieces, groups } = parseGoRegex(pattern);
  return render(pieces, groups);
}
function compileGoRegex(pattern) {
  const t = translateGoRegex(pattern);
  try {
    return { regex: new RegExp(t.source, t.flags), groups: t.groups };
  } catch (err) {
    throw new GoRegexError(`is not a valid regular expression (${engineReason(err)}); fix the pattern`);
  }
}
function engineReason(err) {
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(message.lastIndexOf(": ") + 2);
}
function render(pieces, groups) {
  let folded = false;
  let sensitive = false;
  const dots = [];
  const anchors = [];
  for (const p of pieces) {
    if (typeof p === "string") continue;
    if (p.kind === "dot") dots.push(p.s);
    else if (p.kind === "anchor") anchors.push(p.m);
    else if (foldMatters(p)) {
      if (p.fold) folded = true;
      else sensitive = true;
    }
  }
  if (anchors.includes(true) && anchors.includes(false)) {
    throw untranslatable("both (?m) line anchors and whole-text anchors (^, $, \\A or \\z outside (?m))");
  }
  const flagI = folded && !sensitive;
  const flagS = dots.length > 0 && dots.every(Boolean);
  const flagM = anchors.length > 0 && anchors.every(Boolean);
  const source = pieces.map((p) => {
    if (typeof p === "string") return p;
    switch (p.kind) {
      case "char":
        return p.fold && !flagI && foldMatters(p) ? renderClass(charSet(caseVariants(p.cp))) : renderChar(p.cp);
      case "class":
        return renderClass(p.fold && !flagI ? { ...p.set, ranges: foldRanges(p.set.ranges) } : p.set);
      case "dot":
        return flagS ? "." : p.s ? "[\\s\\S]" : "[^\\n]";
      case "anchor":
        return p.text;
      default:
        return assertNever(p);
    }
  }).join("");
  return { source, flags: `${flagI ? "i" : ""}${flagM ? "m" : ""}${flagS ? "s" : ""}`, groups };
}
function foldMatters(p) {
  if (p.kind === "char") return p.cp <= MAX_UNIT && caseVariants(p.cp).length > 1;
  return !sameRanges(p.set.ranges, foldRanges(p.set.ranges));
}
function charSet(cps) {
  return { negated: false, ranges: cps.map((cp) => [cp, cp]), escapes: [] };
}
function assertNever(p) {
  throw new Error(`unhandled regex piece ${JSON.stringify(p)}`);
}

// scanner/config/parse-allowlist.ts
var TARGETS = ["secret", "match", "line"];
function parseAllowlist(f) {
  const description = f.string("description", 'description = "test fixtures"');
  const condition = parseCondition(f);
  const regexTarget = parseRegexTarget(f);
  const regexes2 = regexList(f, "regexes", `regexes = ['''^EXAMPLE''']`);
  const paths2 = regexList(f, "paths", `paths = ['''^test/fixtures/''']`);
  const commits = f.strings("commits", 'commits = ["9f2a6c1d"]')?.map((c) => c.trim().toLowerCase()).filter((c) => c !== "");
  const stopwords = f.strings("stopwords", 'stopwords = ["example"]');
  const targetRules = f.strings("targetRules", 'targetRules = ["generic-api-key"]') ?? [];
  if (!regexes2?.length && !paths2?.length && !commits?.length && !stopwords?.length) {
    f.fail('must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]');
  }
  const allowlist = {};
  if (description !== void 0) allowlist.description = description;
  if (condition !== void 0) allowlist.condition = condition;
  if (regexTarget !== void 0) allowlist.regexTarget = regexTarget;
  if (regexes2?.length) allowlist.regexes = regexes2;
  if (paths2?.length) allowlist.paths = paths2;
  if (commits?.length) allowlist.commits = commits;
  if (stopwords?.length) allowlist.stopwords = stopwords;
  return { allowlist, targetRules, where: f.where, file: f.file };
}
function parseCondition(f) {
  const raw = f.string("condition", 'condition = "AND"');
  if (raw === void 0) return void 0;
  const upper = raw.trim().toUpperCase();
  if (upper === "AND" || upper === "&&") return "AND";
  if (upper === "" || upper === "OR" || upper === "||") return "OR";
  f.fail(`condition ${JSON.stringify(raw)} is not OR or AND; use condition = "AND", or leave it out for OR`);
}
function parseRegexTarget(f) {
  const raw = f.string("regexTarget", 'regexTarget = "line"');
  if (raw === void 0 || raw === "") return void 0;
  if (TARGETS.includes(raw)) return raw;
  f.fail(`regexTarget ${JSON.stringify(raw)} is not secret, match or line; e.g. regexTarget = "line"`);
}
function regexList(f, key, example) {
  return f.strings(key, example)?.map((pattern, i) => compileAt(f, `${key}[${i}]`, pattern));
}
function compileAt(f, label, pattern) {
  try {
    return compileGoRegex(pattern).regex;
  } catch (err) {
    if (err instanceof GoRegexError) f.fail(`${label} ${err.message}`);
    throw err;
  }
}

// scanner/detect/backtracking-risk.ts
function hasBacktrackingRisk(source) {
  const stack = [];
  let lastUnbounded = false;
  let unboundedSeen = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (unboundedSeen && c !== ")" && c !== "|") return true;
    if (c === "(") {
      stack.push({ inner: false });
      i += groupPrefixLength(source, i);
      lastUnbounded = false;
      continue;
    }
    if (c === "|") {
      if (stack.length > 0) stack[stack.length - 1].inner = true;
      lastUnbounded = false;
      i++;
      continue;
    }
    let atomEnd;
    let complexGroup = false;
    if (c === ")") {
      complexGroup = stack.pop()?.inner ?? false;
      atomEnd = i + 1;
    } else if (c === "\\") atomEnd = i + 2;
    else if (c === "[") atomEnd = skipClass(source, i) + 1;
    else atomEnd = i + 1;
    const q = quantifierAt(source, atomEnd);
    if (q?.repeats && complexGroup) return true;
    if (q?.unbounded && lastUnbounded) return true;
    if (stack.length > 0 && (q || complexGroup)) stack[stack.length - 1].inner = true;
    lastUnbounded = !!q?.unbounded;
    if (q?.unbounded) unboundedSeen = true;
    i = atomEnd + (q?.length ?? 0);
  }
  return false;
}
function groupPrefixLength(s, i) {
  if (s[i + 1] !== "?") return 1;
  if (s[i + 2] === "<" && s[i + 3] !== "=" && s[i + 3] !== "!") return s.indexOf(">", i) - i + 1;
  return s[i + 2] === "<" ? 4 : 3;
}
function quantifierAt(s, i) {
  const c = s[i];
  let q = null;
  if (c === "*" || c === "+") q = { length: 1, repeats: true, unbounded: true };
  else if (c === "?") q = { length: 1, repeats: false, unbounded: false };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (m) {
      const max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
      q = { length: m[0].length, repeats: max > 1, unbounded: max === Infinity };
    }
  }
  if (q && s[i + q.length] === "?") q.length++;
  return q;
}
function skipClass(s, i) {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === "\\") j++;
    else if (s[j] === "]" && j > i + 1) return j;
  }
  return s.length;
}

// scanner/config/parse-rule.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var MAX_ENTROPY = 8;
function parseRule(table, warnings) {
  const id = table.string("id", 'id = "my-token"')?.trim();
  if (!id) table.fail('has no id; add one, e.g. id = "my-token" (the id names its findings and fingerprints)');
  const f = table.at(`rule ${id}`);
  const regexSource = f.string("regex", `regex = '''tok_[a-z0-9]{32}'''`);
  const pathSource = f.string("path", `path = '''\\.env$'''`);
  const layer = {
    id,
    keywords: (f.strings("keywords", 'keywords = ["tok_"]') ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean),
    tags: f.strings("tags", 'tags = ["internal"]') ?? [],
    allowlists: parseRuleAllowlists(f),
    skipReport: f.boolean("skipReport", "skipReport = true") ?? false
  };
  const description = f.string("description", 'description = "Internal API token"');
  if (description) layer.description = description;
  const severity = f.string("severity", 'severity = "high"');
  if (severity !== void 0) {
    const lower = severity.trim().toLowerCase();
    if (!SEVERITIES.includes(lower)) {
      f.fail(`severity ${JSON.stringify(severity)} is not one of ${SEVERITIES.join(", ")}; e.g. severity = "high"`);
    }
    layer.severity = lower;
  }
  if (regexSource) {
    layer.regex = compileAt(f, "regex", regexSource);
    if (hasBacktrackingRisk(layer.regex.source)) layer.re2 = regexSource;
  }
  if (pathSource) layer.path = compileAt(f, "path", pathSource);
  const secretGroup = f.integer("secretGroup", "secretGroup = 1");
  if (secretGroup !== void 0 && secretGroup < 0)
    f.fail(`secretGroup must be 0 or more (e.g. secretGroup = 1), not ${secretGroup}`);
  if (secretGroup) layer.secretGroup = secretGroup;
  const entropy = f.number("entropy", "entropy = 3.5");
  if (entropy !== void 0 && (entropy < 0 || entropy > MAX_ENTROPY)) {
    f.fail(`entropy must be between 0 and ${MAX_ENTROPY} bits per character (e.g. entropy = 3.5), not ${entropy}`);
  }
  if (entropy) layer.entropy = entropy;
  if (f.has("required")) {
    warnings.push(`rule ${id}: [[rules.required]] is not supported yet, so the rule reports on its own match`);
  }
  if (layer.skipReport) warnings.push(`rule ${id}: skipReport = true, so the rule reports nothing`);
  return layer;
}
function parseRuleAllowlists(f) {
  const old = f.table("allowlist", `${f.where}: [rules.allowlist]`, `[rules.allowlist] with stopwords = ["example"]`);
  const tables = f.tables("allowlists", (n) => `${f.where}: [[rules.allowlists]] #${n}`, "[[rules.allowlists]] tables");
  if (old && tables.length > 0) {
    f.fail(
      "[rules.allowlist] cannot be used alongside [[rules.allowlists]]; move its keys into a [[rules.allowlists]] table"
    );
  }
  return (old ? [old] : tables).map((t) => parseAllowlist(t).allowlist);
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// scanner/config/toml-fields.ts
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const reason = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    throw new ConfigError(
      `invalid TOML at line ${err.line}, column ${err.column}: ${reason}; fix the syntax (see https://toml.io)`,
      file
    );
  }
}
var Fields = class _Fields {
  constructor(values, where, file) {
    this.values = values;
    this.where = where;
    this.file = file;
  }
  values;
  where;
  file;
  /** The same table, described differently in messages. */
  at(where) {
    return new _Fields(this.values, where, this.file);
  }
  fail(message) {
    throw new ConfigError(this.where ? `${this.where}: ${message}` : message, this.file);
  }
  has(key) {
    return this.raw(key) !== void 0;
  }
  string(key, example) {
    return this.typed(key, "a string", example, (v) => typeof v === "string");
  }
  number(key, example) {
    return this.typed(key, "a number", example, (v) => typeof v === "number" && Number.isFinite(v));
  }
  integer(key, example) {
    return this.typed(key, "a whole number", example, (v) => Number.isInteger(v));
  }
  boolean(key, example) {
    return this.typed(key, "true or false", example, (v) => typeof v === "boolean");
  }
  strings(key, example) {
    const value = this.typed(key, "an array of strings", example, (v) => Array.isArray(v));
    value?.forEach((item, i) => {
      if (typeof item !== "string") this.wrongType(`${key}[${i}]`, "a string", example, item);
    });
    return value;
  }
  /** A single table: `[rules.allowlist]`, `[extend]`. */
  table(key, where, example) {
    const value = this.typed(key, "a table", example, isTable);
    return value && new _Fields(value, where, this.file);
  }
  /** An array of tables: `[[rules]]`, `[[allowlists]]`. */
  tables(key, where, example) {
    const value = this.typed(key, "an array of tables", example, (v) => Array.isArray(v)) ?? [];
    return value.map((item, i) => {
      if (!isTable(item)) this.wrongType(`${key}[${i}]`, "a table", example, item);
      return new _Fields(item, where(i + 1), this.file);
    });
  }
  raw(key) {
    if (key in this.values) return this.values[key];
    const lower = key.toLowerCase();
    const found = Object.keys(this.values).find((k) => k.toLowerCase() === lower);
    return found === void 0 ? void 0 : this.values[found];
  }
  typed(key, expected, example, ok) {
    const value = this.raw(key);
    if (value === void 0) return void 0;
    if (!ok(value)) this.wrongType(key, expected, example, value);
    return value;
  }
  wrongType(key, expected, example, value) {
    this.fail(`${key} must be ${expected} (e.g. ${example}), not ${describe(value)}`);
  }
};
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (typeof value === "number") return Number.isInteger(value) ? "a whole number" : "a number";
  if (typeof value === "object" && value !== null) return "a table";
  if (typeof value === "boolean") return "a boolean";
  return `a ${typeof value}`;
}

// scanner/config/parse.ts
var MAX_EXTEND_DEPTH = 2;
function defaultScanConfig() {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}
function parseConfig(text, file, extended = {}) {
  const warnings = [];
  const doc = parseDocument(text, file, 0, extended, warnings);
  const fail = (message) => {
    throw new ConfigError(message, file);
  };
  const rules = [...doc.rules];
  for (const t of doc.targeted) {
    for (const id of t.targetRules) {
      const i = rules.findIndex((r) => r.id === id);
      if (i === -1) {
        throw new ConfigError(
          `${t.where}: targetRules names ${id}, which is not an active rule; use the id of a rule in this config or one it extends`,
          t.file
        );
      }
      const rule = rules[i];
      rules[i] = { ...rule, allowlists: [...rule.allowlists ?? [], t.allowlist] };
    }
  }
  for (const rule of rules) validateRule(rule, fail);
  const active = rules.filter((r) => !doc.skipReport.has(r.id));
  if (active.length === 0 && !doc.extends) {
    warnings.push(
      `${file}: has no active rules, so nothing will be reported; to keep the built-in rules, add [extend] useDefault = true`
    );
  }
  const config = { rules: active, allowlists: doc.allowlists, file, warnings };
  if (doc.title !== void 0) config.title = doc.title;
  if (doc.description !== void 0) config.description = doc.description;
  if (doc.maxFileSize !== void 0) config.maxFileSize = doc.maxFileSize;
  return config;
}
function extendPathKey(file, path) {
  return isAbsolute(path) ? normalize2(path) : join(dirname(file), path);
}
function extendPathOf(text, file) {
  return readExtend(new Fields(parseToml(text, file), "", file)).path;
}
function parseDocument(text, file, depth, extended, warnings) {
  const warn = (message) => void warnings.push(`${file}: ${message}`);
  const top = new Fields(parseToml(text, file), "", file);
  const extend = readExtend(top);
  const disabled = [
    ...extend.disabledRules,
    ...top.strings("disabledRules", 'disabledRules = ["generic-api-key"]') ?? []
  ];
  const layers = parseRules(top, warn);
  const allowlists = parseGlobalAllowlists(top);
  let base;
  let baseName = "";
  if ((extend.useDefault || extend.path) && depth >= MAX_EXTEND_DEPTH) {
    warn(`[extend] is ignored: configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks`);
  } else if (extend.useDefault) {
    base = { rules: defaultRules, allowlists: defaultAllowlists, targeted: [], skipReport: /* @__PURE__ */ new Set(), extends: false };
    baseName = "the default rules";
  } else if (extend.path) {
    baseName = extendPathKey(file, extend.path);
    const baseText = extended[baseName];
    if (baseText === void 0) {
      throw new ConfigError(
        `[extend]: path ${extend.path} was not loaded (${baseName}); load configs with loadConfig, which reads extended files`,
        file
      );
    }
    base = parseDocument(baseText, baseName, depth + 1, extended, warnings);
  }
  if (!base && disabled.length > 0)
    warn("disabledRules only applies to extended rules; add [extend] useDefault = true or remove it");
  if (extend.url)
    warn("[extend] url is not supported (gitleaks ignores it too); download the file and use [extend] path");
  const doc = {
    rules: base ? extendRules(base.rules, layers, disabled, baseName, warn) : layers.map(toRule),
    allowlists: [
      ...allowlists.filter((a) => a.targetRules.length === 0).map((a) => a.allowlist),
      ...base?.allowlists ?? []
    ],
    targeted: [...allowlists.filter((a) => a.targetRules.length > 0), ...base?.targeted ?? []],
    skipReport: /* @__PURE__ */ new Set([...layers.filter((l) => l.skipReport).map((l) => l.id), ...base?.skipReport ?? []]),
    extends: base !== void 0
  };
  const title = top.string("title", 'title = "my config"');
  const description = top.string("description", 'description = "rules for this repository"');
  const maxFileSize = top.number("maxFileSize", "maxFileSize = 25");
  if (maxFileSize !== void 0 && maxFileSize <= 0)
    top.fail(`maxFileSize must be a positive number of megabytes (e.g. maxFileSize = 25), not ${maxFileSize}`);
  if (title !== void 0) doc.title = title;
  if (description !== void 0) doc.description = description;
  if (maxFileSize !== void 0) doc.maxFileSize = maxFileSize;
  return doc;
}
function readExtend(top) {
  const fields = top.table("extend", "[extend]", "[extend] with useDefault = true");
  if (!fields) return { useDefault: false, disabledRules: [] };
  const useDefault = fields.boolean("useDefault", "useDefault = true") ?? false;
  const path = fields.string("path", 'path = "base.toml"') || void 0;
  if (useDefault && path)
    fields.fail("sets both useDefault and path; keep one (the file at path can itself set useDefault = true)");
  const disabledRules = fields.strings("disabledRules", 'disabledRules = ["generic-api-key"]') ?? [];
  const url = fields.string("url", 'url = "https://example.com/gitleaks.toml"') || void 0;
  return { useDefault, disabledRules, ...path ? { path } : {}, ...url ? { url } : {} };
}
function parseRules(top, warn) {
  const warnings = [];
  const layers = top.tables("rules", (n) => `[[rules]] #${n}`, "[[rules]] tables").map((t) => parseRule(t, warnings));
  warnings.forEach(warn);
  const first = /* @__PURE__ */ new Map();
  layers.forEach((layer, i) => {
    const earlier = first.get(layer.id);
    if (earlier !== void 0) {
      top.fail(
        `rule ${layer.id} is defined twice ([[rules]] #${earlier + 1} and #${i + 1}); give each rule its own id`
      );
    }
    first.set(layer.id, i);
  });
  return layers;
}
function parseGlobalAllowlists(top) {
  const old = top.table("allowlist", "[allowlist]", "[allowlist] with paths = [...]");
  const tables = top.tables("allowlists", (n) => `[[allowlists]] #${n}`, "[[allowlists]] tables");
  if (old && tables.length > 0) {
    top.fail("[allowlist] cannot be used alongside [[allowlists]]; move its keys into an [[allowlists]] table");
  }
  return (old ? [old] : tables).map(parseAllowlist);
}
function validateRule(rule, fail) {
  if (!rule.regex && !rule.path) {
    fail(`rule ${rule.id}: has neither regex nor path, so it can never match; add regex = '''…''' or path = '''…'''`);
  }
  if (rule.regex && rule.secretGroup !== void 0) {
    const groups = groupCount(rule.regex);
    if (rule.secretGroup > groups) {
      fail(
        `rule ${rule.id}: secretGroup ${rule.secretGroup} but the regex has ${groups} group${groups === 1 ? "" : "s"}`
      );
    }
  }
}

export {
  parse,
  defaultScanConfig,
  parseConfig,
  extendPathKey,
  extendPathOf
};
