import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  resolveRange,
  revListInput
} from "./chunk-ZJLSVFQP.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-D4IMRB6C.js";
import {
  timedAsync
} from "./chunk-UWE46DXH.js";
import {
  CONTEXT_LINES,
  attachCommitInfo,
  commitStub,
  readObjects
} from "./chunk-AQH5327I.js";
import {
  GitError,
  STABLE_CONFIG,
  gitText,
  plainTopLevel,
  repoRoot,
  runTask,
  spawnError,
  spawnGit,
  toText
} from "./chunk-2BYQIKYQ.js";

// scanner/git/patch.ts
function atItsLines(h) {
  return "\n".repeat(h.line - 1) + h.text;
}
var COMMIT_LINE = /^([0-9a-f]{40}|[0-9a-f]{64})( |$)/;
var HUNK = /^(@{2,}) (.*) @{2,}/;
var PatchReader = class {
  constructor(onFile, options = {}) {
    this.onFile = onFile;
    this.options = options;
  }
  onFile;
  options;
  rest = "";
  commit = "";
  file = null;
  inHunk = false;
  parents = 1;
  line = 0;
  /** keepText: the lines of the hunk being read, as latin1 (one char per byte), and its first line. */
  hunkLines = [];
  hunkStart = 0;
  /** keepText: bytes of text kept for all files, and for the file being read. */
  keptBytes = 0;
  fileKept = 0;
  /** Feeds a chunk of git's stdout. */
  push(chunk) {
    const text = this.rest + chunk.toString("latin1");
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.take(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end() {
    if (this.rest !== "") this.take(this.rest);
    this.rest = "";
    this.flush();
  }
  take(l) {
    if (this.inHunk) {
      const c = l.charCodeAt(0);
      if (c === 32 || c === 43 || c === 45) {
        this.content(l);
        return;
      }
      if (c === 92) return;
      this.inHunk = false;
    }
    if (l.startsWith("diff ")) {
      this.startFile(l);
      return;
    }
    const m = COMMIT_LINE.exec(l);
    if (m) {
      this.flush();
      this.commit = m[1];
      return;
    }
    const f = this.file;
    if (!f) return;
    if (l.startsWith("@@")) {
      const h = HUNK.exec(l);
      if (!h) return;
      this.parents = h[1].length - 1;
      const plus = h[2].split(" ").find((t) => t.startsWith("+"));
      this.endHunk();
      this.line = Number(plus.slice(1).split(",")[0]);
      this.hunkStart = this.line;
      this.inHunk = true;
    } else if (l.startsWith("index ")) {
      const [, range, mode] = l.split(" ");
      const oid = range.slice(range.indexOf("..") + 2);
      f.oid = /^0+$/.test(oid) ? null : oid;
      if (mode) f.mode = mode;
    } else if (l.startsWith("new file mode ") || l.startsWith("new mode ")) f.mode = l.slice(l.lastIndexOf(" ") + 1);
    else if (l.startsWith("mode ")) f.mode = l.slice(l.indexOf("..") + 2);
    else if (l.startsWith("deleted file mode ")) {
      f.oid = null;
      f.mode = null;
    } else if (l.startsWith("rename to ") || l.startsWith("copy to ")) f.path = unquote(l.slice(l.indexOf(" to ") + 4));
    else if (l.startsWith("+++ ")) {
      const p = l.slice(4).replace(/\t$/, "");
      if (p === "/dev/null") f.oid = null;
      else f.path = stripPrefix(unquote(p));
    } else if (l.startsWith("Binary files ")) f.binary = true;
  }
  content(l) {
    const prefix = l.slice(0, this.parents);
    if (prefix.includes("-")) return;
    if (!prefix.includes(" ") && this.file) addLine(this.file.added, this.line);
    this.line++;
    const keep = this.options.keepText;
    const f = this.file;
    if (!keep || !f || f.text === null) return;
    const bytes = l.length - this.parents + 1;
    f.textBytes = (f.textBytes ?? 0) + bytes;
    if (f.textBytes > keep.maxBytes || this.keptBytes + bytes > keep.totalBytes) {
      f.text = null;
      this.hunkLines = [];
      this.keptBytes -= this.fileKept;
      this.fileKept = 0;
      return;
    }
    this.keptBytes += bytes;
    this.fileKept += bytes;
    this.hunkLines.push(l.slice(this.parents));
  }
  /** keepText: turns the hunk's lines into the file's text at their line numbers (UTF-8). */
  endHunk() {
    const f = this.file;
    if (f?.text && this.hunkLines.length > 0) {
      let text = Buffer.from(this.hunkLines.join("\n"), "latin1").toString("utf8");
      if (this.hunkStart === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
      f.text.push({ line: this.hunkStart, text });
    }
    this.hunkLines = [];
  }
  startFile(l) {
    this.flush();
    let path = "";
    if (l.startsWith("diff --git ")) path = gitHeaderPath(l.slice(11));
    else path = unquote(l.slice(l.indexOf(" ", 5) + 1));
    this.file = { commit: this.commit, path, oid: null, mode: null, binary: false, added: [] };
    this.fileKept = 0;
    if (this.options.keepText) this.file.text = [];
  }
  flush() {
    this.endHunk();
    if (this.file) this.onFile(this.file);
    this.file = null;
    this.inHunk = false;
  }
};
function addLine(ranges, n) {
  const last = ranges.length - 1;
  if (last > 0 && ranges[last] === n - 1) ranges[last] = n;
  else ranges.push(n, n);
}
function touchesAdded(ranges, start, end) {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i] <= end && ranges[i + 1] >= start) return true;
  return false;
}
function gitHeaderPath(rest) {
  if (rest.startsWith('"')) {
    const end = quotedEnd(rest);
    const second = rest.slice(end + 1).trimStart();
    return stripPrefix(unquote(second));
  }
  const k = (rest.length - 5) / 2;
  if (Number.isInteger(k) && rest.slice(2, 2 + k) === rest.slice(5 + k)) return toUtf8(rest.slice(2, 2 + k));
  const b = rest.lastIndexOf(" b/");
  return toUtf8(rest.slice(b + 3));
}
function stripPrefix(p) {
  return p.startsWith("a/") || p.startsWith("b/") ? p.slice(2) : p;
}
function quotedEnd(s) {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(s) {
  if (!s.startsWith('"')) return toUtf8(s);
  const bytes = [];
  const end = quotedEnd(s);
  for (let i = 1; i < end; i++) {
    const c = s[i];
    if (c !== "\\") {
      bytes.push(c.charCodeAt(0) & 255);
      continue;
    }
    const n = s[++i];
    if (n >= "0" && n <= "7") {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
function toUtf8(latin1) {
  return Buffer.from(latin1, "latin1").toString("utf8");
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
async function streamPatch(repo, args, input, onFile, options = {}) {
  const child = spawnGit(repo, args);
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  const closed = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", resolve);
  });
  closed.catch(() => {
  });
  child.stdin.on("error", () => {
  });
  child.stdin.end(input ?? "");
  const reader = new PatchReader(onFile, options);
  for await (const chunk of child.stdout) reader.push(chunk);
  reader.end();
  const code = await closed;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString("utf8"));
}
async function scanChanges(repo, changes, o) {
  const skipped = [];
  const findings = [];
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const at = (c) => c.commit ? { commit: commitStub(c.commit) } : {};
  const binary = (c) => {
    skipped.push({ file: c.path, reason: "binary", ...c.commit ? { detail: `in ${c.commit}` } : {} });
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
    if (c.mode === "160000")
      skipped.push({ file: c.path, reason: "submodule", ...c.commit ? { detail: `in ${c.commit}` } : {} });
    else if (c.binary) binary(c);
    else if (c.added.length === 0) continue;
    else if (c.text && (c.textBytes ?? 0) > maxBytes)
      skipped.push({ file: c.path, reason: "too-large", detail: `${c.textBytes} bytes changed (limit ${maxBytes})` });
    else if (c.text && !c.text.some((h) => h.text.includes("\0"))) {
      const key = `${c.oid}\0${c.text.map((h) => `${h.line}\0${h.text}`).join("\0")}`;
      const same = fromPatch.get(key);
      if (same) same.users.push(c);
      else fromPatch.set(key, { hunks: c.text, users: [c] });
    } else byOid.set(c.oid, [...byOid.get(c.oid) ?? [], c]);
  }
  for (const { hunks, users } of fromPatch.values()) scan(padded(hunks), users);
  if (byOid.size > 0)
    for await (const obj of readObjects(repo, [...byOid.keys()], { maxBytes })) {
      const users = byOid.get(obj.oid) ?? [];
      if (obj.kind !== "object") {
        const reason = obj.kind === "missing" ? "missing-object" : "too-large";
        for (const c of users)
          skipped.push({
            file: c.path,
            reason,
            detail: obj.kind === "missing" ? `blob ${obj.oid}` : `${obj.size} bytes (limit ${maxBytes})`
          });
        continue;
      }
      const text = toText(obj.bytes);
      if (text === null)
        for (const c of users) {
          skipped.push({ file: c.path, reason: "binary" });
          findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
        }
      else scan(addedPieces(text, unionOfRanges(users.map((c) => c.added))), users);
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
function addedPieces(text, added) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
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
  if (kept * 2 >= n) return [text];
  return runs.map(([from, to]) => {
    const end = to < n ? starts[to] - 1 : text.length;
    return "\n".repeat(from - 1) + text.slice(starts[from - 1], end);
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
  const result = await scanChanges(repo, changes, o);
  return { ...result, commits: commits.length };
}

export {
  scanStaged,
  stagedChanges,
  stagedRoot,
  scanRange
};
