

// scanner/detect/keyword-anchor.ts
function keywordLead(source, flags, keywords) {
  if (flags.includes("u") || flags.includes("v") || flags.includes("m") || flags.includes("s")) return null;
  const kws = keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
  if (kws.length === 0 || kws.length !== keywords.length) return null;
  let lead = 0;
  for (const branch of splitTop(source)) {
    const d = branchLead(branch, kws);
    if (d === null) return null;
    lead = Math.max(lead, d);
  }
  return lead;
}
function branchLead(branch, kws) {
  let s = branch.startsWith("\\b") ? branch.slice(2) : branch;
  let lead = 0;
  const one = leadChar(s);
  if (one !== null) {
    lead = 1;
    s = s.slice(one);
  }
  if (s.startsWith("(")) {
    const inner = s.startsWith("(?:") ? 3 : s.startsWith("(?") ? -1 : 1;
    if (inner < 0) return null;
    const close = closing(s, 0);
    if (close < 0 || isQuantifier(s[close + 1])) return null;
    const body = s.slice(inner, close);
    let max = 0;
    for (const alt of splitTop(body)) {
      const d = branchLead(alt, kws);
      if (d === null) return null;
      max = Math.max(max, d);
    }
    return lead + max;
  }
  const lower = literalPrefix(s).toLowerCase();
  let at = -1;
  for (const k of kws) {
    const i = lower.indexOf(k);
    if (i !== -1 && (at === -1 || i < at)) at = i;
  }
  return at === -1 ? null : lead + at;
}
function leadChar(s) {
  const m = /^\(\?:\^\|(\[[^\]\\]*\])\)/.exec(s) ?? /^(\[[^\]\\]*\])(?![?*+{])/.exec(s);
  return m ? m[0].length : null;
}
function literalPrefix(s) {
  const out = [];
  let i = 0;
  for (; ; ) {
    if (i < s.length && /[A-Za-z0-9_-]/.test(s[i])) out.push(s[i++]);
    else if (s[i] === "\\" && i + 1 < s.length && /[^A-Za-z0-9]/.test(s[i + 1])) {
      out.push(s[i + 1]);
      i += 2;
    } else break;
  }
  if (isQuantifier(s[i])) out.pop();
  return out.join("");
}
function isQuantifier(c) {
  return c === "?" || c === "*" || c === "+" || c === "{";
}
function splitTop(s) {
  const out = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}
function closing(s, open) {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

// scanner/detect/compiled-rule.ts
var UNANCHORED = { sticky: null, lead: 0 };
var linearEngine = null;
function registerLinearEngine(make) {
  linearEngine = make;
}
var CompiledRule = class {
  constructor(rule, keywordIds, alwaysRun) {
    this.rule = rule;
    this.keywordIds = keywordIds;
    this.alwaysRun = alwaysRun;
    if (rule.re2) {
      if (!linearEngine) throw new Error(`rule ${rule.id} needs the RE2 engine: import linear-regex.js first`);
      this.regex = linearEngine(rule.re2);
    }
  }
  rule;
  keywordIds;
  alwaysRun;
  regex;
  indices;
  anchor;
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
  /**
   * When every match starts at one of the rule's keywords (or up to `lead` characters before
   * one; see keywordLead), the same pattern as a sticky regex, tried only there.
   */
  get sticky() {
    return this.anchored().sticky;
  }
  get lead() {
    return this.anchored().lead;
  }
  anchored() {
    if (this.anchor === void 0) this.anchor = anchoring(this.rule, this.alwaysRun);
    return this.anchor;
  }
};
function anchoring(rule, alwaysRun) {
  if (alwaysRun || rule.re2 || !rule.regex) return UNANCHORED;
  const lead = keywordLead(rule.regex.source, rule.regex.flags, rule.keywords);
  if (lead === null) return UNANCHORED;
  return { sticky: new RegExp(rule.regex.source, flagsFor(rule.regex).replace("g", "y")), lead };
}
function flagsFor(re) {
  return `${re.flags.replace(/[gyd]/g, "")}g`;
}

export {
  registerLinearEngine,
  CompiledRule
};
