
import {
  readOptional
} from "./chunk-NNZ7RSNU.js";
import {
  secretHash
} from "./chunk-S3VMPW6Q.js";
import {
  InputError
} from "./chunk-XDM3T3X3.js";

// scanner/ignore-file.ts
const { join } = process.getBuiltinModule("node:path");
var IGNORE_FILES = [".gitleaksignore", ".leakhoundignore"];
var FINGERPRINT = /^(.+):([^:]+):(\d+)$/;
var COMMIT = /^([0-9a-f]{7,64}):(.+)$/i;
function parseFingerprint(text2) {
  const m = FINGERPRINT.exec(text2);
  if (!m) return null;
  const [, rest, ruleId, line] = m;
  const c = COMMIT.exec(rest);
  return {
    commit: c ? c[1].toLowerCase() : "",
    file: normalizePath(c ? c[2] : rest),
    ruleId,
    startLine: Number(line)
  };
}
function normalizePath(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "");
}
var IgnoreSet = class {
  anyCommit = /* @__PURE__ */ new Set();
  byCommit = /* @__PURE__ */ new Map();
  /** Lines that are not fingerprints; gitleaks skips them with a warning, and so do we. */
  warnings = [];
  get size() {
    let n = this.anyCommit.size;
    for (const commits of this.byCommit.values()) n += commits.length;
    return n;
  }
  /** Adds the fingerprints in one ignore file's text. */
  add(text2, file) {
    text2.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      const fp = parseFingerprint(line);
      if (!fp) {
        this.warnings.push(
          `${file}:${i + 1}: not a fingerprint, skipped; expected commit:file:rule-id:line or file:rule-id:line, e.g. src/app.ts:aws-access-key-id:12`
        );
        return;
      }
      const key = spot(fp);
      if (!fp.commit) {
        this.anyCommit.add(key);
        return;
      }
      const commits = this.byCommit.get(key) ?? [];
      commits.push(fp.commit);
      this.byCommit.set(key, commits);
    });
    return this;
  }
  isIgnored(finding) {
    const key = spot(finding);
    if (this.anyCommit.has(key)) return true;
    if (!finding.commit) return false;
    const commit = finding.commit.toLowerCase();
    return this.byCommit.get(key)?.some((prefix) => commit.startsWith(prefix)) ?? false;
  }
};
async function loadIgnoreFile(root) {
  const set = new IgnoreSet();
  for (const name of IGNORE_FILES) {
    const file = join(root, name);
    const text2 = await readIfExists(file);
    if (text2 !== null) set.add(text2, file);
  }
  return set;
}
function spot(f) {
  return `${f.file}:${f.ruleId}:${f.startLine}`;
}
function readIfExists(file) {
  return readOptional(
    file,
    (code, cause) => new InputError(
      code === "ENOTREG" ? `${file}: the ignore file is not a regular file (a FIFO, device or link to one); replace it with a text file` : `${file}: cannot read the ignore file (${code}); check its permissions`,
      { cause }
    )
  );
}

// scanner/baseline.ts
var EXPECTED = "expected a JSON report written by leakhound --format json or gitleaks --report-format json";
var SHA256_HEX = /^[0-9a-f]{64}$/;
var Baseline = class {
  hashes = /* @__PURE__ */ new Set();
  fingerprints = /* @__PURE__ */ new Set();
  /** How many baseline entries fall back to fingerprint matching (see {@link parseBaseline}). */
  get fingerprintOnly() {
    return this.fingerprints.size;
  }
  get size() {
    return this.hashes.size + this.fingerprints.size;
  }
  addHash(hash) {
    this.hashes.add(hash);
  }
  addFingerprint(fingerprint) {
    this.fingerprints.add(fingerprint);
  }
  has(finding) {
    const hash = finding.secretHash || secretHash(finding.ruleId, finding.file, finding.secret);
    return this.hashes.has(hash) || this.fingerprints.has(finding.fingerprint);
  }
};
async function loadBaseline(file) {
  const text2 = await readOptional(
    file,
    (code, cause) => new InputError(`baseline ${file} cannot be read (${code}); ${EXPECTED}`, { cause })
  );
  if (text2 === null) throw new InputError(`baseline ${file} not found; ${EXPECTED}`);
  return parseBaseline(text2, file);
}
function parseBaseline(text2, file) {
  let data;
  try {
    data = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(`baseline ${file} is not valid JSON; ${EXPECTED}`);
  }
  if (!Array.isArray(data)) {
    throw new InputError(
      `baseline ${file} is ${kindOf(data)}, not an array of findings; ${EXPECTED} (SARIF, CSV and JUnit reports cannot be baselines)`
    );
  }
  const baseline = new Baseline();
  for (const [i, entry] of data.entries()) addEntry(baseline, entry, `baseline ${file}: finding #${i + 1}`);
  return baseline;
}
function addEntry(baseline, entry, where) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    throw new InputError(`${where} is ${kindOf(entry)}, not an object; ${EXPECTED}`);
  }
  const e = entry;
  const ruleId = text(e.ruleId ?? e.RuleID);
  const rawFile = text(e.file ?? e.File);
  if (ruleId === void 0) throw new InputError(`${where} has no ruleId (or RuleID); ${EXPECTED}`);
  if (rawFile === void 0) throw new InputError(`${where} has no file (or File); ${EXPECTED}`);
  const file = normalizePath(rawFile);
  const hash = text(e.secretHash);
  if (hash !== void 0 && SHA256_HEX.test(hash)) {
    baseline.addHash(hash);
    return;
  }
  const secret = text(e.secret ?? e.Secret);
  if (secret !== void 0 && !isRedacted(secret)) {
    baseline.addHash(secretHash(ruleId, file, secret));
    return;
  }
  const fingerprint = text(e.fingerprint ?? e.Fingerprint) ?? fingerprintOf(e, ruleId, file);
  if (fingerprint === void 0) {
    throw new InputError(`${where} has neither a secret, a secretHash nor a fingerprint to match on; ${EXPECTED}`);
  }
  baseline.addFingerprint(normalizeFingerprint(fingerprint));
}
function isRedacted(secret) {
  return secret === "REDACTED" || secret.endsWith("...");
}
function fingerprintOf(e, ruleId, file) {
  const line = e.startLine ?? e.StartLine;
  if (typeof line !== "number") return void 0;
  const commit = text(e.commit ?? e.Commit);
  return commit ? `${commit}:${file}:${ruleId}:${line}` : `${file}:${ruleId}:${line}`;
}
function normalizeFingerprint(fingerprint) {
  const fp = parseFingerprint(fingerprint);
  if (!fp) return fingerprint;
  return `${fp.commit ? `${fp.commit}:` : ""}${fp.file}:${fp.ruleId}:${fp.startLine}`;
}
function text(v) {
  return typeof v === "string" ? v : void 0;
}
function kindOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "a JSON object" : `a ${typeof v}`;
}

export {
  IGNORE_FILES,
  normalizePath,
  IgnoreSet,
  loadIgnoreFile,
  loadBaseline,
  parseBaseline
};
