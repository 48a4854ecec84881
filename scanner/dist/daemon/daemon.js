const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  CONTEXT_LINES,
  DEFAULT_MAX_BYTES,
  GitError,
  PatchReader,
  STABLE_CONFIG,
  atItsLines,
  attachCommitInfo,
  commitStub,
  gitText,
  maxBytes,
  plainTopLevel,
  readObjects,
  repoRoot,
  resolveRange,
  revListInput,
  runTask,
  spawnError,
  spawnGit,
  spawnGitReader,
  timed,
  timedAsync,
  toText,
  touchesAdded
} from "./chunk-HU4YPYA2.js";
import {
  Detector,
  enableRegexFallback,
  secretHash,
  sha256Hex
} from "./chunk-5C2B67JH.js";
import {
  ConfigError,
  EXIT,
  InputError,
  UsageError,
  isUserError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ADJRYMAS.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result2 = "", cursor = 0;
      do {
        result2 += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result2 + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// scanner/daemon/server.ts
const { chmodSync, lstatSync: lstatSync3, unlinkSync: unlinkSync3 } = process.getBuiltinModule("node:fs");
const { createServer } = process.getBuiltinModule("node:net");
const { Worker } = process.getBuiltinModule("node:worker_threads");

// scanner/stdio.ts
var redirected = null;
function stdout() {
  return redirected?.out ?? process.stdout;
}
function stderr() {
  return redirected?.err ?? process.stderr;
}
function redirectStdio(to) {
  redirected = to;
}

// scanner/cli-report.ts
function reportError(err) {
  if (isUserError(err)) {
    stderr().write(`leakhound: ${err.message}
`);
    return EXIT.error;
  }
  const e = err;
  stderr().write(`leakhound: internal error: ${e?.message ?? String(err)} (set LEAKHOUND_DEBUG=1 for details)
`);
  if (process.env.LEAKHOUND_DEBUG) stderr().write(`${e?.stack ?? ""}
`);
  return EXIT.error;
}

// scanner/git/diff-scan.ts
var PATCH_FLAGS = [
  "-M",
  "--full-index",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--ignore-submodules=none",
  "--src-prefix=a/",
  "--dst-prefix=b/"
];
async function scanStaged(o, staged = stagedChanges(o.repo)) {
  const changes = await staged;
  return {
    ...await timedAsync("diff: scan the staged changes", () => scanChanges(o.repo, changes, o)),
    commits: 0
  };
}
function stagedTexts(changes) {
  const texts = [];
  for (const c of changes) {
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (!hunks) return null;
    for (const h of hunks) texts.push(h.text);
  }
  return texts;
}
function wokenBy(staged) {
  return staged.then(stagedTexts, () => null);
}
function readsText(c) {
  return c.oid !== null && c.mode !== "160000" && !c.binary && c.added.length > 0;
}
function textInPatch(c) {
  return c.text && !c.text.some((h) => h.text.includes("\0")) ? c.text : null;
}
var PATCH_TEXT_BUDGET = 4 * 1024 * 1024;
function* padded(hunks) {
  for (const h of hunks) yield atItsLines(h);
}
async function stagedChanges(repo, keepBytes = DEFAULT_MAX_BYTES) {
  const changes = [];
  try {
    await timedAsync(
      "diff: git diff --cached",
      () => streamPatch(
        repo,
        [...STABLE_CONFIG, "diff", "--cached", `-U${CONTEXT_LINES}`, ...PATCH_FLAGS],
        null,
        (f) => changes.push(f),
        { keepText: { maxBytes: keepBytes, totalBytes: PATCH_TEXT_BUDGET } }
      )
    );
  } catch (err) {
    if (err instanceof GitError) await repoRoot(repo);
    throw err;
  }
  return changes;
}
async function stagedRoot(repo) {
  return plainTopLevel(repo) ?? repoRoot(repo);
}
async function streamPatch(repo, args, input, onFile, options2 = {}) {
  let child;
  if (input === null) child = spawnGitReader(repo, args);
  else {
    const writer = spawnGit(repo, args);
    writer.stdin.on("error", () => {
    });
    writer.stdin.end(input);
    child = writer;
  }
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  const closed = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", resolve);
  });
  closed.catch(() => {
  });
  const reader = new PatchReader(onFile, options2);
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      try {
        reader.push(chunk);
      } catch (err2) {
        child.stdout.destroy();
        reject(err2);
      }
    });
    child.stdout.on("error", reject);
    child.stdout.on("close", resolve);
  });
  reader.end();
  const code = await closed;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString("utf8"));
}
async function scanChanges(repo, changes, o) {
  const skipped = [];
  const findings = [];
  const maxBytes2 = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const at = (c) => c.commit ? { commit: commitStub(c.commit) } : {};
  const inCommit = (c) => c.commit ? { detail: `in ${c.commit}` } : {};
  const binary = (c) => {
    skipped.push({ file: c.path, reason: "binary", ...inCommit(c) });
    findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
  };
  const scan = (pieces, users) => {
    if (users.length === 1) {
      const c = users[0];
      for (const piece of pieces) {
        const r = runTask(o.detector, { path: c.path, text: piece, ...at(c) });
        for (const f of r.findings) if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
      }
      return;
    }
    const hits = Array.from(pieces, (p) => o.detector.detectContent(p));
    for (const c of users)
      for (const h of hits)
        for (const f of o.detector.placeHits(h, { path: c.path, ...at(c) }))
          if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
  };
  const fromPatch = /* @__PURE__ */ new Map();
  const byOid = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.oid === null) continue;
    if (c.mode === "160000") skipped.push({ file: c.path, reason: "submodule", ...inCommit(c) });
    else if (c.binary) binary(c);
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (c.text && (c.textBytes ?? 0) > maxBytes2)
      skipped.push({ file: c.path, reason: "too-large", detail: `${c.textBytes} bytes changed (limit ${maxBytes2})` });
    else if (hunks) {
      const key = `${c.oid}:${hunks.map((h) => `${h.line}+${h.text.length}`).join(",")}`;
      const same2 = fromPatch.get(key);
      if (same2) same2.users.push(c);
      else fromPatch.set(key, { hunks, users: [c] });
    } else byOid.set(c.oid, [...byOid.get(c.oid) ?? [], c]);
  }
  for (const { hunks, users } of fromPatch.values()) scan(padded(hunks), users);
  if (byOid.size > 0)
    for await (const obj of readObjects(repo, [...byOid.keys()], { maxBytes: maxBytes2 })) {
      const users = byOid.get(obj.oid) ?? [];
      if (obj.kind !== "object") {
        const reason = obj.kind === "missing" ? "missing-object" : "too-large";
        for (const c of users)
          skipped.push({
            file: c.path,
            reason,
            detail: obj.kind === "missing" ? `blob ${obj.oid}` : `${obj.size} bytes (limit ${maxBytes2})`
          });
        continue;
      }
      const text3 = toText(obj.bytes);
      if (text3 === null)
        for (const c of users) {
          skipped.push({ file: c.path, reason: "binary" });
          findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
        }
      else scan(addedPieces(text3, unionOfRanges(users.map((c) => c.added))), users);
    }
  if (findings.length > 0) await attachCommitInfo(repo, findings);
  return { findings, skipped };
}
function unionOfRanges(lists) {
  const pairs = [];
  for (const l of lists) for (let i = 0; i < l.length; i += 2) pairs.push([l[i], l[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last] + 1) out[last] = Math.max(out[last], to);
    else out.push(from, to);
  }
  return out;
}
function addedPieces(text3, added) {
  const starts = [0];
  for (let i = text3.indexOf("\n"); i !== -1; i = text3.indexOf("\n", i + 1)) starts.push(i + 1);
  const n = starts.length;
  const runs = [];
  for (let i = 0; i < added.length; i += 2) {
    const from = Math.max(1, added[i] - CONTEXT_LINES);
    const to = Math.min(n, added[i + 1] + CONTEXT_LINES);
    const last = runs[runs.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else runs.push([from, to]);
  }
  const kept = runs.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  if (kept * 2 >= n) return [text3];
  return runs.map(([from, to]) => {
    const end = to < n ? starts[to] - 1 : text3.length;
    return atItsLines({ line: from, text: text3.slice(starts[from - 1], end) });
  });
}

// scanner/git/scan-range.ts
async function scanRange(o) {
  const repo = await repoRoot(o.repo);
  const selection = await resolveRange(repo, o.range);
  if (selection.empty) return { findings: [], skipped: [], commits: 0 };
  const input = revListInput(selection);
  const commits = (await gitText(repo, ["rev-list", "--reverse", "--topo-order", ...input.args], { input: input.stdin })).split("\n").filter((l) => l !== "");
  if (commits.length === 0) return { findings: [], skipped: [], commits: 0 };
  const changes = [];
  await streamPatch(
    repo,
    [
      ...STABLE_CONFIG,
      "diff-tree",
      "--stdin",
      "-r",
      "--root",
      "-c",
      "-p",
      "-M",
      "-U0",
      "--full-index",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--ignore-submodules=none",
      "--src-prefix=a/",
      "--dst-prefix=b/"
    ],
    `${commits.join("\n")}
`,
    (f) => changes.push(f)
  );
  const result2 = await scanChanges(repo, changes, o);
  return { ...result2, commits: commits.length };
}

// scanner/report/skipped.ts
var LABELS = {
  binary: "binary",
  "too-large": "larger than the size limit",
  unreadable: "unreadable",
  "missing-object": "missing from the git object store",
  submodule: "a submodule",
  "dependency-folder": "untracked dependency folder"
};
function skipLabel(reason) {
  return LABELS[reason];
}
function describeSkip(s) {
  return `${s.file}: ${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ""}`;
}
function countByReason(skipped) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts];
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

// scanner/hooks/allow-hint.ts
function allowHint(findings, stage) {
  const what = stage === "commit" ? "the staged changes" : "the commits being pushed";
  const out = [
    `leakhound: ${stage} blocked: ${plural(findings.length, "possible secret")} in ${what} (listed above, redacted).`,
    "",
    stage === "commit" ? "If it is a real credential: take it out of the file, git add the file again, and revoke it at its provider if it was ever shared." : "If it is a real credential: it is in your local history now. Revoke it at its provider, then remove it from the commits (git rebase -i, or leakhound rewrite) before pushing.",
    "If it is not a secret, allow it, then try again:"
  ];
  for (const f of unique(findings)) {
    const entry = stage === "commit" ? `${f.file}:${f.ruleId}:${f.startLine}` : f.fingerprint;
    out.push(`  ${f.file}:${f.startLine}  ${f.ruleId}`);
    if (stage === "commit")
      out.push(`    - add a comment containing leakhound:allow to line ${f.startLine} of ${f.file}, or`);
    out.push(
      `    - record it: echo ${shellQuote(entry)} >> .gitleaksignore && git add .gitleaksignore${stage === "push" ? " && git commit" : ""}`
    );
  }
  out.push(`To skip the check once (every hook, so use with care): git ${stage} --no-verify`);
  return `${out.join("\n")}
`;
}
function unique(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.commit}:${f.file}:${f.ruleId}:${f.startLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

// scanner/config/load.ts
const { join } = process.getBuiltinModule("node:path");

// scanner/read-optional.ts
const { readFile, stat } = process.getBuiltinModule("node:fs");
function readOptional(file, failure) {
  return new Promise((resolve, reject) => {
    const fail = (err) => {
      if (err.code === "ENOENT") resolve(null);
      else reject(failure(err.code ?? "unknown error", err));
    };
    stat(file, (err, st) => {
      if (err) fail(err);
      else if (st.isDirectory()) fail(Object.assign(new Error(`${file} is a directory`), { code: "EISDIR" }));
      else if (!st.isFile()) fail(Object.assign(new Error(`${file} is not a regular file`), { code: "ENOTREG" }));
      else readFile(file, "utf8", (err2, text3) => err2 ? fail(err2) : resolve(text3));
    });
  });
}

// scanner/config/load.ts
var CONFIG_FILES = ["leakhound.toml", ".gitleaks.toml"];
async function loadConfig(options2) {
  const found = options2.configPath !== void 0 ? await readGiven(options2.configPath) : await findAtRoot(options2.root);
  if (!found) {
    if (options2.wokenBy) {
      const config = await (await import("./woken-rules-5I3DE66P.js")).configWokenBy(options2.wokenBy);
      if (config) return { config, text: null, file: null, extended: {} };
    }
    const { defaultScanConfig } = await import("./defaults-XEN4SKFS.js");
    return { config: defaultScanConfig(), text: null, file: null, extended: {} };
  }
  const parse = await import("./parse-YQPJRVTK.js");
  const extended = await readExtended(parse, found.text, found.file);
  return {
    config: parse.parseConfig(found.text, found.file, extended),
    text: found.text,
    file: found.file,
    extended
  };
}
async function readGiven(file) {
  const text3 = await readIfExists(file);
  if (text3 === null) throw new ConfigError("config file not found; check the --config path", file);
  return { text: text3, file };
}
async function findAtRoot(root) {
  for (const name of CONFIG_FILES) {
    const file = join(root, name);
    const text3 = await readIfExists(file);
    if (text3 !== null) return { text: text3, file };
  }
  return null;
}
async function readExtended({ extendPathKey, extendPathOf }, text3, file) {
  const texts = {};
  let current = { text: text3, file };
  for (let depth = 0; depth < 2; depth++) {
    const path = extendPathOf(current.text, current.file);
    if (path === void 0) break;
    const key = extendPathKey(current.file, path);
    const next = texts[key] ?? await readIfExists(key);
    if (next === null) {
      throw new ConfigError(
        `[extend] path ${path} not found (looked for ${key}); the path is relative to this config file`,
        current.file
      );
    }
    texts[key] = next;
    current = { text: next, file: key };
  }
  return texts;
}
function readIfExists(file) {
  return readOptional(
    file,
    (code, cause) => code === "EISDIR" ? new ConfigError("is a directory, not a config file; name a TOML file", file) : code === "ENOTREG" ? new ConfigError("is not a regular file (a FIFO, device or link to one); name a TOML file", file) : new ConfigError(`cannot read the config file (${code}); check its permissions`, file, { cause })
  );
}

// scanner/output.ts
const { renameSync, unlinkSync, writeFileSync } = process.getBuiltinModule("node:fs");
const { basename, dirname, join: join2 } = process.getBuiltinModule("node:path");
async function writeReport(text3, file) {
  if (!file || file === "-") {
    await new Promise((resolve, reject) => stdout().write(text3, (err) => err ? reject(err) : resolve()));
    return;
  }
  const tmp = join2(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text3, { mode: 384 });
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    const code = err.code ?? "error";
    throw new InputError(
      `--output ${file}: cannot write the report (${code}); check that the directory exists and is writable`
    );
  }
}

// scanner/ignore-file.ts
const { join: join3 } = process.getBuiltinModule("node:path");
var IGNORE_FILES = [".gitleaksignore", ".leakhoundignore"];
var FINGERPRINT = /^(.+):([^:]+):(\d+)$/;
var COMMIT = /^([0-9a-f]{7,64}):(.+)$/i;
function parseFingerprint(text3) {
  const m = FINGERPRINT.exec(text3);
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
  add(text3, file) {
    text3.split(/\r?\n/).forEach((raw, i) => {
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
  isIgnored(finding2) {
    const key = spot(finding2);
    if (this.anyCommit.has(key)) return true;
    if (!finding2.commit) return false;
    const commit = finding2.commit.toLowerCase();
    return this.byCommit.get(key)?.some((prefix) => commit.startsWith(prefix)) ?? false;
  }
};
async function loadIgnoreFile(root) {
  const set = new IgnoreSet();
  for (const name of IGNORE_FILES) {
    const file = join3(root, name);
    const text3 = await readIfExists2(file);
    if (text3 !== null) set.add(text3, file);
  }
  return set;
}
function spot(f) {
  return `${f.file}:${f.ruleId}:${f.startLine}`;
}
function readIfExists2(file) {
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
  addFingerprint(fingerprint2) {
    this.fingerprints.add(fingerprint2);
  }
  has(finding2) {
    const hash = finding2.secretHash || secretHash(finding2.ruleId, finding2.file, finding2.secret);
    return this.hashes.has(hash) || this.fingerprints.has(finding2.fingerprint);
  }
};
async function loadBaseline(file) {
  const text3 = await readOptional(
    file,
    (code, cause) => new InputError(`baseline ${file} cannot be read (${code}); ${EXPECTED}`, { cause })
  );
  if (text3 === null) throw new InputError(`baseline ${file} not found; ${EXPECTED}`);
  return parseBaseline(text3, file);
}
function parseBaseline(text3, file) {
  let data;
  try {
    data = JSON.parse(text3.replace(/^\uFEFF/, ""));
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
  const fingerprint2 = text(e.fingerprint ?? e.Fingerprint) ?? fingerprintOf(e, ruleId, file);
  if (fingerprint2 === void 0) {
    throw new InputError(`${where} has neither a secret, a secretHash nor a fingerprint to match on; ${EXPECTED}`);
  }
  baseline.addFingerprint(normalizeFingerprint(fingerprint2));
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
function normalizeFingerprint(fingerprint2) {
  const fp = parseFingerprint(fingerprint2);
  if (!fp) return fingerprint2;
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

// scanner/suppress.ts
async function dropAllowed(findings, root, baseline, warn2) {
  const ignore = await loadIgnoreFile(root);
  for (const w of ignore.warnings) warn2(w);
  const base = baseline ? await loadBaseline(baseline) : null;
  return findings.filter((f) => !ignore.isIgnored(f) && !base?.has(f));
}

// scanner/report/redact.ts
var REDACTED = "REDACTED";
function redactPercent(redact) {
  if (typeof redact === "boolean") return redact ? 100 : 0;
  if (Number.isNaN(redact)) return 100;
  return Math.min(100, Math.max(0, redact));
}
function redactFinding(f, redact) {
  const percent = redactPercent(redact);
  if (percent === 0 || f.secret === "") return f;
  const masked = percent >= 100 ? REDACTED : maskSecret(f.secret, percent);
  const leftover = percent >= 100 ? REDACTED : "...";
  return {
    ...f,
    secret: masked,
    match: scrub(f.match, f.secret, masked, leftover),
    message: scrub(f.message, f.secret, masked, leftover)
  };
}
function maskSecret(secret, percent) {
  const chars = Array.from(secret);
  if (chars.length === 0) return secret;
  const keep = roundHalfEven(chars.length * (100 - Math.min(100, percent)) / 100);
  const prefix = chars.slice(0, keep).join("");
  const lineBreak = prefix.search(/[\r\n]/);
  return `${lineBreak === -1 ? prefix : prefix.slice(0, lineBreak)}...`;
}
function scrub(text3, secret, masked, leftover) {
  const around = text3.split(secret);
  if (!/[\r\n]/.test(secret)) return around.join(masked);
  const pieces = secret.split(/\r?\n|\r/).map((line) => line.trim()).filter((piece) => piece !== "");
  return around.map((part) => pieces.reduce((acc, piece) => acc.split(piece).join(leftover), part)).join(masked);
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff2 = x - floor;
  if (diff2 > 0.5) return floor + 1;
  if (diff2 < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// scanner/report/order.ts
function prepareFindings(findings, redact) {
  return [...findings].sort(compareFindings).map((f) => redactFinding(f, redact));
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.startLine - b.startLine || a.startColumn - b.startColumn || cmp(a.ruleId, b.ruleId) || cmp(a.commit, b.commit) || a.endLine - b.endLine || a.endColumn - b.endColumn || cmp(a.fingerprint, b.fingerprint) || cmp(a.secretHash, b.secretHash);
}
function sortSkipped(skipped) {
  return [...skipped].sort((a, b) => cmp(a.reason, b.reason) || cmp(a.file, b.file));
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// scanner/report/json.ts
var FINDING_FIELDS = [
  "ruleId",
  "description",
  "severity",
  "secret",
  "match",
  "file",
  "startLine",
  "endLine",
  "startColumn",
  "endColumn",
  "commit",
  "author",
  "email",
  "date",
  "message",
  "fingerprint",
  "entropy",
  "tags",
  "secretHash"
];
var json = (input, options2) => {
  const findings = prepareFindings(input.findings, options2.redact).map(contractFields);
  return `${JSON.stringify(findings, null, 2)}
`;
};
function contractFields(f) {
  return {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    secret: f.secret,
    match: f.match,
    file: f.file,
    startLine: f.startLine,
    endLine: f.endLine,
    startColumn: f.startColumn,
    endColumn: f.endColumn,
    commit: f.commit,
    author: f.author,
    email: f.email,
    date: f.date,
    message: f.message,
    fingerprint: f.fingerprint,
    entropy: f.entropy,
    tags: [...f.tags],
    secretHash: f.secretHash,
    ...f.verification ? { verification: { ...f.verification } } : {}
  };
}

// scanner/report/csv.ts
var CRLF = "\r\n";
var csv = (input, options2) => {
  const rows = prepareFindings(input.findings, options2.redact).map(
    (f) => FINDING_FIELDS.map((field) => value(f, field))
  );
  return [[...FINDING_FIELDS], ...rows].map((row) => row.map(cell).join(",") + CRLF).join("");
};
function value(f, field) {
  const v = f[field];
  return Array.isArray(v) ? v.join(" ") : String(v);
}
var FORMULA_START = /^[=+\-@\t\r]/;
function cell(raw) {
  const safe = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// scanner/report/junit.ts
var SUITE = "leakhound";
var junit = (input, options2) => {
  const findings = prepareFindings(input.findings, options2.redact);
  const skipped = sortSkipped(input.skipped);
  const cases = [
    ...findings.map(failedCase),
    ...skipped.map(skippedCase),
    ...findings.length === 0 ? [passingCase()] : []
  ];
  const time = ((input.scanned?.ms ?? 0) / 1e3).toFixed(3);
  const counts = attrs({
    tests: cases.length,
    failures: findings.length,
    errors: 0,
    skipped: skipped.length,
    time
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: SUITE })} ${counts}>`,
    `  <testsuite ${attrs({ name: SUITE })} ${counts}>`,
    ...cases.map((c) => `    ${c}`),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};
function failedCase(f) {
  const where = `${f.file}:${f.startLine}:${f.startColumn}`;
  const details = [
    `rule: ${f.ruleId}`,
    `description: ${f.description}`,
    `severity: ${f.severity}`,
    `location: ${where}`,
    `secret: ${f.secret}`,
    `match: ${f.match}`,
    ...f.commit ? [`commit: ${f.commit}`, `author: ${f.author}`, `date: ${f.date}`] : [],
    `fingerprint: ${f.fingerprint}`
  ].join("\n");
  const head = attrs({
    // Readers that split classname on dots show `leakhound` › `<rule id>`.
    classname: `${SUITE}.${f.ruleId}`,
    name: `${f.ruleId} at ${where}`,
    file: f.file,
    line: f.startLine,
    time: "0"
  });
  const failure = attrs({ message: `${f.description} in ${where}`, type: f.ruleId });
  return `<testcase ${head}>
      <failure ${failure}>${escapeText(details)}</failure>
    </testcase>`;
}
function skippedCase(s) {
  const head = attrs({ classname: `${SUITE}.skipped`, name: `skipped ${s.file}`, file: s.file, time: "0" });
  const message = `${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ""}`;
  return `<testcase ${head}>
      <skipped ${attrs({ message })}/>
    </testcase>`;
}
function passingCase() {
  return `<testcase ${attrs({ classname: SUITE, name: "no secrets found", time: "0" })}/>`;
}
function attrs(values) {
  return Object.entries(values).map(([k, v]) => `${k}="${escapeAttr(String(v))}"`).join(" ");
}
var INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function escapeText(s) {
  return s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttr(s) {
  return escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

// scanner/report/sarif.ts
const { pathToFileURL } = process.getBuiltinModule("node:url");
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "leakhound/v1";
var HELP = "Treat a committed credential as compromised: revoke or rotate it at its provider, remove it from the code, and remove it from history (leakhound rewrite). If it is not a secret, add the fingerprint to .gitleaksignore or mark the line with a leakhound:allow comment.";
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  // No score: GitHub then shows the rule's level ("note") instead of a security severity.
  info: void 0
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var sarif = (input, options2) => {
  const findings = prepareFindings(input.findings, options2.redact);
  const rules = descriptors(input, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run = {
    tool: {
      driver: {
        name: input.tool.name,
        semanticVersion: input.tool.version,
        informationUri: input.tool.informationUri,
        rules
      }
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: sortSkipped(input.skipped).map(notification)
      }
    ],
    ...options2.root ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options2.root) } } } : {},
    columnKind: "utf16CodeUnits",
    results: findings.map((f) => result(f, index.get(f.ruleId)))
  };
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
  return `${JSON.stringify(log, null, 2)}
`;
};
function descriptors(input, findings) {
  const byId = /* @__PURE__ */ new Map();
  const add = (r) => byId.has(r.id) || byId.set(r.id, r);
  for (const r of input.rules) add({ id: r.id, description: r.description, severity: r.severity, tags: r.tags ?? [] });
  for (const f of findings) add({ id: f.ruleId, description: f.description, severity: f.severity, tags: f.tags });
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id)).map((r) => {
    const score = SECURITY_SEVERITY[r.severity];
    return {
      id: r.id,
      name: pascalCase(r.id),
      shortDescription: { text: r.description },
      fullDescription: { text: `${r.description} (${r.id}, severity ${r.severity}).` },
      help: { text: HELP },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        // GitHub applies security-severity only to rules tagged `security`.
        tags: [.../* @__PURE__ */ new Set(["security", "secret", ...r.tags])],
        ...score ? { "security-severity": score } : {}
      }
    };
  });
}
function result(f, ruleIndex) {
  const properties = {
    ...f.commit ? { commit: f.commit, author: f.author, date: f.date } : {},
    ...f.verification ? { verification: { ...f.verification } } : {}
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Never the secret, redacted or not: GitHub shows messages to everyone with read access.
    message: {
      text: `${f.description} (${f.ruleId}) in ${f.file} at line ${f.startLine}${f.commit ? `, introduced in commit ${f.commit}` : ""}.`
    },
    locations: [{ physicalLocation: { artifactLocation: artifact(f.file), region: region(f) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function region(f) {
  if (f.secret === "") return { startLine: f.startLine };
  return { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn + 1 };
}
function fingerprint(f) {
  return sha256Hex(`${f.ruleId}:${f.file}:${f.secretHash}`);
}
function notification(s) {
  return {
    level: "note",
    message: { text: `Skipped ${describeSkip(s)}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(s.file) } }],
    properties: { reason: s.reason }
  };
}
function artifact(file) {
  return { uri: fileUri(file), uriBaseId: SRCROOT };
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

// scanner/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var text2 = (input, options2) => {
  const c = import_picocolors.default.createColors(options2.color);
  const findings = prepareFindings(input.findings, options2.redact);
  const out = [];
  let file;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== void 0) out.push("");
      file = f.file;
      out.push(c.bold(c.underline(printable(f.file))));
    }
    out.push(...finding(f, c));
  }
  if (findings.length > 0) out.push("");
  out.push(summary(findings, input.scanned, c));
  out.push(...skippedNote(sortSkipped(input.skipped), c));
  return `${out.join("\n")}
`;
};
function finding(f, c) {
  const field = (label, value2) => `    ${c.dim(label.padEnd(13))}${value2}`;
  const lines = [
    `  ${severityLabel(f.severity, c)} ${c.bold(printable(f.ruleId))}  ${printable(f.description)}`,
    field("location", `${printable(f.file)}:${f.startLine}:${f.startColumn}`),
    field("secret", printable(f.secret))
  ];
  if (f.commit) lines.push(field("commit", printable(f.commit)));
  if (f.author || f.email) {
    const who = [f.author, f.email && `<${f.email}>`].filter(Boolean).join(" ");
    lines.push(field("author", printable(who)));
  }
  if (f.date) lines.push(field("date", printable(f.date)));
  if (f.verification) lines.push(field("verified", verificationLabel(f.verification, c)));
  lines.push(field("fingerprint", printable(f.fingerprint)));
  return lines;
}
var VERIFICATION_MARK = {
  live: (c) => c.red("✔ live"),
  invalid: (c) => c.green("✖ invalid"),
  unknown: (c) => c.yellow("? unknown")
};
function verificationLabel(v, c) {
  return `${VERIFICATION_MARK[v.state](c)}: ${printable(v.reason)} ${c.dim(`(${v.checkedAt})`)}`;
}
var SEVERITY_COLOR = {
  critical: (c) => (s) => c.bold(c.red(s)),
  high: (c) => c.red,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim
};
function severityLabel(severity, c) {
  return SEVERITY_COLOR[severity](c)(severity.toUpperCase().padEnd(8));
}
function summary(findings, scanned, c) {
  const files = new Set(findings.map((f) => f.file)).size;
  const head = findings.length === 0 ? c.green("No findings") : c.red(`${plural(findings.length, "finding")} in ${plural(files, "file")}`);
  if (!scanned) return head;
  const stats = `${plural(scanned.files, "file")}, ${formatBytes(scanned.bytes)} scanned in ${formatMs(scanned.ms)}`;
  return `${head} (${stats})`;
}
function skippedNote(skipped, c) {
  if (skipped.length === 0) return [];
  const counts = countByReason(skipped).map(([reason, n]) => `${n} ${skipLabel(reason)}`).join(", ");
  const width = Math.max(...skipped.map((s) => skipLabel(s.reason).length)) + 2;
  return [
    c.yellow(`${skippedCount(skipped)} skipped: ${counts}`),
    ...skipped.map(
      (s) => `  ${c.dim(skipLabel(s.reason).padEnd(width))}${printable(s.file)}${s.detail ? ` (${printable(s.detail)})` : ""}`
    )
  ];
}
function skippedCount(skipped) {
  const folders = skipped.filter((s) => s.reason === "dependency-folder").length;
  const files = skipped.length - folders;
  if (folders === 0) return plural(files, "file");
  if (files === 0) return plural(folders, "folder");
  return `${plural(files, "file")} and ${plural(folders, "folder")}`;
}
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let i = 0;
  let value2 = bytes / 1e3;
  while (Number(value2.toFixed(1)) >= 1e3 && i < units.length - 1) {
    value2 /= 1e3;
    i++;
  }
  return `${value2.toFixed(1)} ${units[i]}`;
}
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

// scanner/report/reporter.ts
function getReporter(format) {
  switch (format) {
    case "text":
      return text2;
    case "json":
      return json;
    case "sarif":
      return sarif;
    case "csv":
      return csv;
    case "junit":
      return junit;
  }
}

// scanner/version.ts
const { existsSync, readFileSync } = process.getBuiltinModule("node:fs");
const { dirname: dirname2, join: join4 } = process.getBuiltinModule("node:path");
const { fileURLToPath } = process.getBuiltinModule("node:url");
function packageJson() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join4(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg2 = JSON.parse(readFileSync(candidate, "utf8"));
      if (pkg2.name === "leakhound") return pkg2;
    }
    const parent = dirname2(dir);
    if (parent === dir) return { version: "0.0.0" };
    dir = parent;
  }
}
var pkg = packageJson();
var VERSION = pkg.version;
var HOMEPAGE = pkg.homepage ?? "https://github.com/leakhound/leakhound";

// scanner/commands/common.ts
var REDACTED_BY_DEFAULT = /* @__PURE__ */ new Set(["text", "sarif", "junit"]);
function redactOption(flags) {
  const r = flags.redact;
  if (r === void 0) return REDACTED_BY_DEFAULT.has(flags.format);
  if (typeof r === "boolean") return r;
  const n = Number(r);
  if (!Number.isInteger(n) || n < 0 || n > 100) {
    throw new UsageError(
      `--redact ${r}: expected a percentage from 0 to 100, e.g. --redact 75, or --redact alone for full`
    );
  }
  return n === 100 ? true : n === 0 ? false : n;
}
async function prepare(flags, root, wokenBy2) {
  if (flags.onlyLive && flags.verify === false) {
    throw new UsageError("--only-live needs verification: drop --no-verify (or drop --only-live)");
  }
  const loaded = await timedAsync("config: load", () => loadConfig({ configPath: flags.config, root, wokenBy: wokenBy2 }));
  for (const w of loaded.config.warnings) warn(w);
  const detector = timed(
    "config: build the detector",
    () => new Detector({ rules: loaded.config.rules, allowlists: loaded.config.allowlists })
  );
  return {
    config: loaded.config,
    detector,
    spec: { configText: loaded.text, configFile: loaded.file, extended: loaded.extended }
  };
}
async function finish(flags, prepared, root, outcome) {
  const redact = redactOption(flags);
  let findings = await dropAllowed(outcome.findings, root, flags.baseline, warn);
  if (flags.verify === true || flags.onlyLive) {
    const { verifyFindings } = await import("./verify-findings-CEUWV7NJ.js");
    const { cliProviderContext } = await import("./context-23HKG6PU.js");
    findings = await verifyFindings(findings, cliProviderContext());
    if (flags.onlyLive) findings = findings.filter((f) => f.verification?.state === "live");
  }
  const reporter = getReporter(flags.format);
  const text3 = reporter(
    {
      findings,
      skipped: outcome.skipped,
      rules: prepared.config.rules,
      tool: { name: "leakhound", version: VERSION, informationUri: HOMEPAGE },
      ...outcome.stats ? { scanned: outcome.stats } : {}
    },
    { redact, color: flags.color !== false && !flags.output && !process.env.NO_COLOR && !!stdout().isTTY, root }
  );
  await writeReport(text3, flags.output);
  return { code: findings.length > 0 ? 1 : 0, reported: findings };
}
function warn(line) {
  stderr().write(`leakhound: warning: ${line}
`);
}

// scanner/commands/diff-run.ts
async function diff(flags) {
  if (!!flags.staged === (flags.range !== void 0)) {
    throw new UsageError("diff: give exactly one of --staged or --range A..B, e.g. leakhound diff --staged");
  }
  const staged = flags.staged ? stagedChanges(flags.repo, maxBytes(flags.maxFileSize, {})) : null;
  staged?.catch(() => {
  });
  const root = await (flags.staged ? stagedRoot : repoRoot)(flags.repo);
  const prepared = await prepare(flags, root, staged && flags.format !== "sarif" ? wokenBy(staged) : void 0);
  const options2 = { repo: root, detector: prepared.detector, maxBytes: maxBytes(flags.maxFileSize, prepared.config) };
  const result2 = staged ? await scanStaged(options2, staged) : await scanRange({ ...options2, range: flags.range });
  const done = await finish(flags, prepared, root, { findings: result2.findings, skipped: result2.skipped });
  if (done.code === 1 && flags.staged && flags.format === "text" && !flags.output) {
    stderr().write(`
${allowHint(done.reported, "commit")}`);
  }
  return done.code;
}

// scanner/commands/flag-defaults.ts
var FORMATS = ["text", "json", "sarif", "csv", "junit"];
var COMMON_DEFAULTS = { format: "text", threads: 0, color: true };

// scanner/hooks/check.ts
function hookContext(options2) {
  const flags = { ...options2, format: "text", threads: 0 };
  return {
    repo: options2.repo,
    flags,
    prepare: (root, wokenBy2) => prepare(flags, root, wokenBy2),
    write: (text3) => stderr().write(text3)
  };
}
async function preCommitCheck(c) {
  const staged = stagedChanges(c.repo);
  staged.catch(() => {
  });
  const root = await stagedRoot(c.repo);
  const prepared = await c.prepare(root, wokenBy(staged));
  const { findings } = await scanStaged({ repo: root, detector: prepared.detector }, staged);
  return conclude(c, root, prepared, findings, "commit");
}
async function conclude(c, root, prepared, found, stage) {
  const findings = await dropAllowed(found, root, c.flags.baseline, () => {
  });
  if (findings.length === 0) return 0;
  const report = getReporter("text")(
    {
      findings,
      skipped: [],
      rules: prepared.config.rules,
      tool: { name: "leakhound", version: VERSION, informationUri: HOMEPAGE }
    },
    {
      redact: redactOption({ ...c.flags, format: "text" }),
      color: c.flags.color !== false && !process.env.NO_COLOR && !!stderr().isTTY,
      root
    }
  );
  c.write(`${report}
${allowHint(findings, stage)}`);
  return 1;
}

// scanner/hook-invocation.ts
function hookInvocation(args) {
  if (args[0] === "diff") {
    const got = options(args.slice(1), DIFF_OPTIONS);
    if (got?.staged !== true) return null;
    const format = got.format ?? COMMON_DEFAULTS.format;
    if (!FORMATS.includes(format)) return null;
    const flags = {
      staged: true,
      repo: typeof got.repo === "string" ? got.repo : ".",
      ...COMMON_DEFAULTS,
      format,
      color: got.color !== false
    };
    if (typeof got.output === "string") flags.output = got.output;
    return { command: "diff", flags };
  }
  if (args[0] === "hook" && args[1] === "run" && args[2] === "pre-commit") {
    const got = options(args.slice(3), HOOK_RUN_OPTIONS);
    if (!got) return null;
    return {
      command: "pre-commit",
      flags: { repo: typeof got.repo === "string" ? got.repo : ".", color: COMMON_DEFAULTS.color }
    };
  }
  return null;
}
var REPO = { key: "repo", value: true };
var DIFF_OPTIONS = {
  "--staged": { key: "staged", value: false },
  "--repo": REPO,
  "--format": { key: "format", value: true },
  "-f": { key: "format", value: true },
  "--output": { key: "output", value: true },
  "-o": { key: "output", value: true },
  "--no-color": { key: "color", value: false }
};
var HOOK_RUN_OPTIONS = { "--repo": REPO };
function options(args, known) {
  const got = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = Object.hasOwn(known, name) ? known[name] : void 0;
    if (!option || Object.hasOwn(got, option.key)) return null;
    if (!option.value) {
      if (eq !== -1) return null;
      got[option.key] = !name.startsWith("--no-");
      continue;
    }
    const value2 = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (!value2 || value2.startsWith("-")) return null;
    got[option.key] = value2;
  }
  return got;
}
function runHookInvocation(hook) {
  return hook.command === "diff" ? diff(hook.flags) : preCommitCheck(hookContext(hook.flags));
}

// scanner/daemon/protocol.ts
const { lstatSync, statSync, unlinkSync: unlinkSync2 } = process.getBuiltinModule("node:fs");
const { connect } = process.getBuiltinModule("node:net");
var HEARTBEAT_MS = 1e3;
var MAX_REQUEST = 1024 * 1024;
var MAX_REPLY = 256 * 1024 * 1024;
function ask(socket, req, timeoutMs, refused) {
  return new Promise((resolve) => {
    const conn = connect(socket);
    let text3 = "";
    let settled = false;
    const done = (value2) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      resolve(value2);
    };
    conn.setEncoding("utf8");
    conn.setTimeout(timeoutMs, () => done(null));
    conn.on("connect", () => conn.end(`${JSON.stringify(req)}
`));
    conn.on("data", (chunk) => {
      text3 += chunk;
      if (text3.length > MAX_REPLY) done(null);
    });
    conn.on("end", () => {
      try {
        done(text3.endsWith("\n") ? JSON.parse(text3) : null);
      } catch {
        done(null);
      }
    });
    conn.on("error", (err) => {
      if (err.code === "ECONNREFUSED") refused?.();
      done(null);
    });
    conn.on("close", () => done(null));
  });
}
function fileIds(path) {
  const st = statSync(path, { bigint: true });
  return [String(st.dev), String(st.ino)];
}
function removeSocket(path, ino) {
  try {
    if (lstatSync(path).ino === ino) unlinkSync2(path);
  } catch {
  }
}

// scanner/daemon/where.ts
const { lstatSync: lstatSync2, mkdirSync, readlinkSync, realpathSync, statSync: statSync2 } = process.getBuiltinModule("node:fs");
const { dirname: dirname3, isAbsolute, join: join5 } = process.getBuiltinModule("node:path");
var BUILD = true ? "2e450c043f48567d" : null;
function daemonDir(env = process.env) {
  if (process.platform === "win32" || !process.getuid) return null;
  const runtime = env.XDG_RUNTIME_DIR;
  const base = runtime && isAbsolute(runtime) ? runtime : env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : "/tmp";
  return join5(base, `leakhound-${process.getuid()}`);
}
function mountNamespace() {
  try {
    return readlinkSync("/proc/self/ns/mnt");
  } catch {
    return "";
  }
}
function socketIn(dir, build) {
  let h = 2166136261;
  for (const c of `${process.version}\0${mountNamespace()}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return join5(dir, `hook-${build}-${(h >>> 0).toString(36)}.sock`);
}
function unsafeDir(dir) {
  const uid = process.getuid?.();
  const st = lstatSync2(dir, { throwIfNoEntry: false });
  if (!st) return "does not exist";
  if (!st.isDirectory()) return "is not a directory";
  if (st.uid !== uid) return `is owned by uid ${st.uid}, not by you`;
  if ((st.mode & 63) !== 0) return `has mode ${(st.mode & 511).toString(8)}, not 700`;
  let above;
  try {
    above = realpathSync(dirname3(dir));
  } catch {
    return "is in a directory that cannot be resolved";
  }
  for (; ; ) {
    const p = statSync2(above);
    if (p.uid !== uid && p.uid !== 0) return `is inside ${above}, owned by uid ${p.uid}`;
    if ((p.mode & 18) !== 0 && (p.mode & 512) === 0) return `is inside ${above}, which others can write to`;
    const parent = dirname3(above);
    if (parent === above) return null;
    above = parent;
  }
}
function makeDaemonDir(dir) {
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (err) {
    if (err.code !== "EEXIST")
      return `cannot be created (${err.code})`;
  }
  try {
    return unsafeDir(dir);
  } catch (err) {
    return `cannot be checked (${err.code})`;
  }
}
var DAEMON_ENV = ["PATH", "HOME", "USER", "LOGNAME", "XDG_RUNTIME_DIR", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE", "TZ"];
function launchDaemon(cli, flags = []) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  const env = {};
  for (const name of DAEMON_ENV) if (process.env[name] !== void 0) env[name] = process.env[name];
  const child = spawn(process.execPath, [cli, "hook", "daemon", "run", ...flags], {
    detached: true,
    stdio: "ignore",
    cwd: "/",
    env
  });
  child.on("error", () => {
  });
  child.unref();
  return child.pid;
}

// scanner/daemon/server.ts
var DAY_MS = 24 * 36e5;
function parseDuration(flag, text3) {
  const m = /^(\d{1,6})(s|m|h)$/.exec(text3);
  const ms = m ? Number(m[1]) * { s: 1e3, m: 6e4, h: 36e5 }[m[2]] : 0;
  if (ms < 1e3 || ms > DAY_MS)
    throw new UsageError(`${flag} ${text3}: give a duration from 1s to 24h, e.g. 30m, 90s or 2h`);
  return ms;
}
function socketPath() {
  if (BUILD === null)
    throw new UsageError("hook daemon: run it from the built CLI (scanner/dist/cli.js), not from the sources");
  const dir = daemonDir();
  if (dir === null) throw new UsageError("hook daemon: not available on Windows; hooks check by themselves there");
  const unsafe = makeDaemonDir(dir);
  if (unsafe)
    throw new InputError(
      `hook daemon: ${dir} ${unsafe}; it must be a directory only you can reach: remove it, or set XDG_RUNTIME_DIR to a directory of yours`
    );
  return socketIn(dir, BUILD);
}
async function daemonStatus() {
  const reply = await ask(socketPath(), { op: "status" }, 5e3);
  return reply?.op === "status" ? reply : null;
}
async function startDaemon(cli, flags) {
  parseDuration("--idle-timeout", flags.idleTimeout);
  parseDuration("--check-timeout", flags.checkTimeout);
  const running = await daemonStatus();
  if (running) return { status: running, started: false };
  launchDaemon(cli, ["--idle-timeout", flags.idleTimeout, "--check-timeout", flags.checkTimeout]);
  for (let waited = 0; waited < 1e4; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    const status = await daemonStatus();
    if (status) return { status, started: true };
  }
  throw new InputError("hook daemon: it did not start within 10 s; run leakhound hook daemon run to see why");
}
async function stopDaemon() {
  const socket = socketPath();
  const reply = await ask(socket, { op: "stop" }, 5e3);
  if (reply?.op !== "stop") return false;
  for (let waited = 0; waited < 5e3 && lstatSync3(socket, { throwIfNoEntry: false }); waited += 20)
    await new Promise((r) => setTimeout(r, 20));
  return true;
}
async function runDaemon(flags) {
  const idleMs = parseDuration("--idle-timeout", flags.idleTimeout);
  const checkMs = parseDuration("--check-timeout", flags.checkTimeout);
  const socket = socketPath();
  let stale = false;
  if (await ask(socket, { op: "status" }, 5e3, () => stale = true) !== null) return false;
  if (stale) unlinkSync3(socket);
  else if (lstatSync3(socket, { throwIfNoEntry: false }))
    throw new InputError(`hook daemon: ${socket} accepts but does not answer; stop the process that holds it`);
  enableRegexFallback();
  process.chdir("/");
  const since = Date.now();
  let served = 0;
  let running = false;
  let idleTimer;
  let stopping = false;
  const server = createServer({ allowHalfOpen: true }, (conn) => receive(conn));
  const listening = new Promise((resolve, reject) => {
    server.once("error", reject);
    const umask = process.umask(63);
    try {
      server.listen(socket, () => resolve());
    } finally {
      process.umask(umask);
    }
  });
  try {
    await listening;
  } catch (err) {
    if (err.code === "EADDRINUSE") return false;
    throw new InputError(`hook daemon: cannot listen on ${socket} (${err.code})`);
  }
  chmodSync(socket, 384);
  const ino = lstatSync3(socket).ino;
  const watchdog = startWatchdog(socket, ino, checkMs);
  const stopped = new Promise((resolve) => server.on("close", resolve));
  const ours = () => {
    try {
      return lstatSync3(socket).ino === ino;
    } catch {
      return false;
    }
  };
  const release = () => {
    removeSocket(socket, ino);
    server.close();
  };
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idleTimer);
    clearInterval(watch);
    release();
    if (!running) setImmediate(() => process.exit(0));
  };
  const idle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(shutdown, idleMs);
  };
  const watch = setInterval(() => {
    if (!ours()) shutdown();
  }, 5e3);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
    process.on(signal, () => {
      running = false;
      shutdown();
    });
  server.on("error", () => {
    running = false;
    shutdown();
  });
  process.on("uncaughtException", () => {
    release();
    process.kill(process.pid, "SIGKILL");
  });
  idle();
  function receive(conn) {
    let text3 = "";
    conn.setEncoding("utf8");
    conn.on("error", () => {
    });
    const onData = (chunk) => {
      text3 += chunk;
      const end = text3.indexOf("\n");
      if (end < 0) {
        if (text3.length > MAX_REQUEST) conn.destroy();
        return;
      }
      conn.off("data", onData);
      let req = null;
      try {
        req = end <= MAX_REQUEST ? JSON.parse(text3.slice(0, end)) : null;
      } catch {
      }
      if (req === null || typeof req !== "object") {
        conn.destroy();
        return;
      }
      const reply = (r) => {
        if (!conn.destroyed) conn.end(`${JSON.stringify(r)}
`);
      };
      if (req.op === "status") reply(status());
      else if (req.op === "stop") {
        reply({ op: "stop" });
        shutdown();
      } else if (req.op !== "check" || !validCheck(req)) reply({ op: "decline" });
      else if (running || stopping) reply({ op: "busy" });
      else run(req, conn, reply);
    };
    conn.on("data", onData);
  }
  function run(req, conn, reply) {
    running = true;
    clearTimeout(idleTimer);
    const heartbeat = setInterval(() => conn.writable && conn.write(" "), HEARTBEAT_MS);
    watchdog.begin();
    check(req).then((r) => {
      if (r.op === "check") served++;
      return r;
    }).catch(() => ({ op: "failed" })).then((r) => {
      clearInterval(heartbeat);
      watchdog.end();
      reply(r);
      running = false;
      if (stopping) setImmediate(() => process.exit(0));
      else idle();
    });
  }
  function status() {
    return { op: "status", pid: process.pid, build: BUILD, since, served, idleMs };
  }
  await stopped;
  return true;
}
function startWatchdog(socket, ino, ms) {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { state: state.buffer, socket, ino, ms } });
  worker.unref();
  let generation = 0;
  const set = (value2) => {
    Atomics.store(state, 0, value2);
    Atomics.notify(state, 0);
  };
  return { begin: () => set(++generation), end: () => set(0) };
}
var WATCHDOG = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const state = new Int32Array(workerData.state);
for (;;) {
  const check = Atomics.load(state, 0);
  if (check === 0) {
    Atomics.wait(state, 0, 0);
    continue;
  }
  if (Atomics.wait(state, 0, check, workerData.ms) !== 'timed-out' || Atomics.load(state, 0) !== check) continue;
  try {
    if (fs.lstatSync(workerData.socket).ino === workerData.ino) fs.unlinkSync(workerData.socket);
  } catch {}
  try {
    for (const task of fs.readdirSync('/proc/self/task'))
      for (const pid of fs.readFileSync('/proc/self/task/' + task + '/children', 'utf8').split(' '))
        if (pid.trim()) try { process.kill(Number(pid), 'SIGKILL'); } catch {}
  } catch {}
  process.kill(process.pid, 'SIGKILL');
}
`;
function isIds(x) {
  return Array.isArray(x) && x.length === 2 && x.every((v) => typeof v === "string" && /^\d{1,20}$/.test(v));
}
function validCheck(req) {
  return Array.isArray(req.argv) && req.argv.length <= 64 && req.argv.every((a) => typeof a === "string") && typeof req.cwd === "string" && req.cwd.startsWith("/") && typeof req.env === "object" && req.env !== null && !Array.isArray(req.env) && Object.values(req.env).every((v) => typeof v === "string") && typeof req.tty?.out === "boolean" && typeof req.tty?.err === "boolean" && isIds(req.ids?.cwd) && isIds(req.ids?.root);
}
function same(path, ids) {
  try {
    const [dev, ino] = fileIds(path);
    return dev === ids[0] && ino === ids[1];
  } catch {
    return false;
  }
}
async function check(req) {
  const hook = hookInvocation(req.argv);
  if (!hook || req.env.LEAKHOUND_PROFILE === "1") return { op: "decline" };
  if (!same("/", req.ids.root) || !same(req.cwd, req.ids.cwd)) return { op: "decline" };
  try {
    process.chdir(req.cwd);
  } catch {
    return { op: "decline" };
  }
  const out = [];
  const collect = (fd, isTTY) => ({
    isTTY,
    write(text3, done) {
      out.push([fd, String(text3)]);
      done?.();
      return true;
    }
  });
  const ownEnv = process.env;
  process.env = { ...req.env };
  redirectStdio({ out: collect(1, req.tty.out), err: collect(2, req.tty.err) });
  let code;
  try {
    code = await runHookInvocation(hook);
  } catch (err) {
    if (!isUserError(err)) throw err;
    code = reportError(err);
  } finally {
    redirectStdio(null);
    process.env = ownEnv;
    process.chdir("/");
  }
  return { op: "check", code, out };
}
export {
  daemonStatus,
  parseDuration,
  runDaemon,
  startDaemon,
  stopDaemon
};
