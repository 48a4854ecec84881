
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";

// scanner/git/git-process.ts
const { spawn } = process.getBuiltinModule("node:child_process");
const { readFileSync, realpathSync, statSync } = process.getBuiltinModule("node:fs");
const { join } = process.getBuiltinModule("node:path");
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
  "diff.noprefix=false",
  // A blank context line keeps its leading space, so it is not taken for the end of a hunk.
  "-c",
  "diff.suppressBlankEmpty=false"
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
function spawnGitReader(repo, args) {
  return spawn("git", args, { cwd: repo, env: scanEnv(), stdio: ["ignore", "pipe", "pipe"] });
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
function plainTopLevel(dir) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return null;
  const dotGit = join(dir, ".git");
  try {
    const st = statSync(dotGit);
    const uid = process.getuid?.();
    if (uid === void 0 || st.uid !== uid || statSync(dir).uid !== uid) return null;
    if (st.isFile()) {
      if (!readFileSync(dotGit, "latin1").startsWith("gitdir: ")) return null;
    } else {
      if (!statSync(join(dotGit, "HEAD")).isFile() || !statSync(join(dotGit, "config")).isFile()) return null;
      const config = readFileSync(join(dotGit, "config"), "latin1");
      if (/^\s*(?:worktree\s*=|bare\s*=\s*(?:true|yes|on|1)\s*$|\[include)/im.test(config)) return null;
    }
    return realpathSync(dir);
  } catch {
    return null;
  }
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

// scanner/git/cat-file.ts
const { PassThrough } = process.getBuiltinModule("node:stream");
var NL = 10;
var READ_AHEAD = 8 * 1024 * 1024;
var REUSE_MAX_BYTES = 1024 * 1024;
async function* readObjects(repo, oids, options = {}) {
  const maxBytes2 = options.maxBytes ?? Infinity;
  let next = 0;
  while (next < oids.length) {
    const child = spawnGit(repo, ["cat-file", "--batch"]);
    const exited = exitOf(child);
    exited.catch(() => {
    });
    writeIds(child.stdin, oids, next);
    const parser = new BatchParser(maxBytes2, options.reuseBuffer ?? false);
    let failure = null;
    try {
      const ahead = child.stdout.pipe(new PassThrough({ highWaterMark: options.readAhead ?? READ_AHEAD }));
      for await (const chunk of ahead) {
        for (let o = parser.push(chunk); o !== null; o = parser.push(null)) {
          next++;
          yield o;
        }
      }
    } catch (err) {
      failure = err;
    } finally {
      if (next < oids.length || failure) child.kill();
    }
    const { code, stderr } = await exited;
    if (next >= oids.length) return;
    const lost = /could not fetch ([0-9a-f]{40,64})/.exec(stderr);
    if (lost && lost[1] === oids[next]) {
      yield { oid: oids[next++], kind: "missing" };
      continue;
    }
    throw failure ?? new GitError(["cat-file", "--batch"], code, stderr || "git cat-file stopped before answering every object");
  }
}
function exitOf(child) {
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => resolve({ code, stderr: Buffer.concat(err).toString("utf8") }));
  });
}
var BatchParser = class {
  constructor(maxBytes2, reuse = false) {
    this.maxBytes = maxBytes2;
    this.reuse = reuse;
  }
  maxBytes;
  reuse;
  chunk = Buffer.alloc(0);
  pos = 0;
  header = [];
  /** Object being filled, or null while reading a header. */
  body = null;
  /** The reused buffer, when asked for (see ReadOptions.reuseBuffer); grows to the largest object up to REUSE_MAX_BYTES. */
  scratch = null;
  bufferFor(size) {
    if (!this.reuse || size > REUSE_MAX_BYTES) return Buffer.allocUnsafeSlow(size);
    if (this.scratch === null || this.scratch.length < size) {
      let cap = 64 * 1024;
      while (cap < size) cap *= 2;
      this.scratch = Buffer.allocUnsafeSlow(cap);
    }
    return this.scratch.subarray(0, size);
  }
  push(chunk) {
    if (chunk !== null) {
      this.chunk = chunk;
      this.pos = 0;
    }
    const buf = this.chunk;
    while (this.pos < buf.length) {
      const body = this.body;
      if (body === null) {
        const nl = buf.indexOf(NL, this.pos);
        if (nl === -1) {
          this.header.push(buf.subarray(this.pos));
          this.pos = buf.length;
          return null;
        }
        const part = buf.subarray(this.pos, nl);
        const line = (this.header.length > 0 ? Buffer.concat([...this.header, part]) : part).toString("latin1");
        this.header = [];
        this.pos = nl + 1;
        const [oid = "", type = "", sizeText] = line.split(" ");
        if (sizeText === void 0) return { oid, kind: "missing" };
        const size = Number(sizeText);
        this.body = { oid, type, size, bytes: size <= this.maxBytes ? this.bufferFor(size) : null, filled: 0 };
        continue;
      }
      const want = body.size - body.filled;
      if (want > 0) {
        const n = Math.min(want, buf.length - this.pos);
        if (body.bytes) buf.copy(body.bytes, body.filled, this.pos, this.pos + n);
        body.filled += n;
        this.pos += n;
        continue;
      }
      this.pos++;
      this.body = null;
      if (body.bytes === null) return { oid: body.oid, kind: "too-large", type: body.type, size: body.size };
      return { oid: body.oid, kind: "object", type: body.type, size: body.size, bytes: body.bytes };
    }
    return null;
  }
};

// scanner/git/commit-info.ts
var FIELDS = 5;
async function commitInfo(repo, oids) {
  const list = [...new Set(oids)].filter((o) => o !== "");
  const out = /* @__PURE__ */ new Map();
  if (list.length === 0) return out;
  const { stdout } = await runGit(
    repo,
    [
      ...STABLE_CONFIG,
      "-c",
      "log.mailmap=false",
      "log",
      "--no-walk=unsorted",
      "--stdin",
      "-z",
      "--format=%H%x00%an%x00%ae%x00%aI%x00%s"
    ],
    { input: `${list.join("\n")}
` }
  );
  const f = stdout.toString("utf8").split("\0");
  for (let i = 0; i + FIELDS <= f.length; i += FIELDS) {
    const commit = f[i].replace(/^\n/, "");
    out.set(commit, { commit, author: f[i + 1], email: f[i + 2], date: f[i + 3], message: f[i + 4] });
  }
  return out;
}
async function attachCommitInfo(repo, findings) {
  const info = await commitInfo(
    repo,
    findings.map((f) => f.commit)
  );
  for (const f of findings) {
    const c = info.get(f.commit);
    if (!c) continue;
    f.author = c.author;
    f.email = c.email;
    f.date = c.date;
    f.message = c.message;
  }
}
function commitStub(commit) {
  return { commit, author: "", email: "", date: "", message: "" };
}

// scanner/size-limit.ts
var MB = 1024 * 1024;
var DEFAULT_MAX_MB = 25;
var DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * MB;
function maxBytes(flagMb, config) {
  return (flagMb ?? config.maxFileSize ?? DEFAULT_MAX_MB) * MB;
}

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

// scanner/git/known-lines.ts
var CONTEXT_LINES = 3;
var JOIN_GAP = 8;
var utf8 = new TextDecoder("utf-8", { fatal: false });
var scratchKeys = new Float64Array(0);
var scratchStarts = new Int32Array(0);
function lineKeys(bytes, reuse = false) {
  const len = bytes.length;
  let keys = reuse ? scratchKeys : new Float64Array(Math.max(16, (len >> 5) + 1));
  let starts = reuse ? scratchStarts : new Int32Array(keys.length);
  const words = new DataView(bytes.buffer, bytes.byteOffset, len);
  let n = 0;
  let start = 0;
  for (; ; ) {
    let h1 = 2166136261;
    let h2 = 2538058380;
    let j = start;
    let end = -1;
    while (j + 4 <= len) {
      let w = words.getInt32(j, true);
      const x = w ^ 168430090;
      const lf = x - 16843009 & ~x & 2155905152;
      if (lf !== 0) {
        const b = 31 - Math.clz32(lf & -lf) >> 3;
        end = j + b;
        if (b === 0) break;
        w &= (1 << (b << 3)) - 1;
      }
      h1 = Math.imul(h1 ^ w, 16777619);
      h1 ^= h1 >>> 15;
      h2 = Math.imul(h2 + w, 1540483477);
      h2 ^= h2 >>> 13;
      if (end >= 0) break;
      j += 4;
    }
    if (end < 0) {
      let w = 0;
      let k = 0;
      for (; j < len && bytes[j] !== 10; j++) {
        w |= bytes[j] << (k << 3);
        if (++k === 4 || j + 1 === len || bytes[j + 1] === 10) {
          h1 = Math.imul(h1 ^ w, 16777619);
          h1 ^= h1 >>> 15;
          h2 = Math.imul(h2 + w, 1540483477);
          h2 ^= h2 >>> 13;
          w = 0;
          k = 0;
        }
      }
      end = j;
    }
    h1 = Math.imul(h1 ^ end - start, 16777619);
    h1 ^= h1 >>> 15;
    if (n === keys.length) {
      const grownKeys = new Float64Array(Math.max(1024, n * 2));
      const grownStarts = new Int32Array(grownKeys.length);
      grownKeys.set(keys);
      grownStarts.set(starts);
      keys = grownKeys;
      starts = grownStarts;
      if (reuse) {
        scratchKeys = keys;
        scratchStarts = starts;
      }
    }
    keys[n] = (h1 >>> 0) * 2097152 + (h2 >>> 0 & 2097151);
    starts[n] = start;
    n++;
    if (end >= len) break;
    start = end + 1;
  }
  return { keys: keys.subarray(0, n), starts: starts.subarray(0, n) };
}
function newLineFragments(bytes, lines, base) {
  const { keys, starts } = lines;
  const n = keys.length;
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (base.has(keys[i])) continue;
    const to = Math.min(n - 1, i + CONTEXT_LINES);
    for (let j = Math.max(0, i - CONTEXT_LINES); j <= to; j++) {
      if (keep[j] === 0) {
        keep[j] = 1;
        kept++;
      }
    }
  }
  if (kept === n) return null;
  const out = [];
  for (let i = 0; i < n; ) {
    if (keep[i] === 0) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i; j < n && j - end <= JOIN_GAP; j++) if (keep[j] === 1) end = j;
    const stop = end + 1 < n ? starts[end + 1] - 1 : bytes.length;
    out.push(atItsLines({ line: i + 1, text: utf8.decode(bytes.subarray(starts[i], stop)) }));
    i = end + 1;
  }
  return out;
}
function tableSlots(n) {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}
var KeySet = class {
  table;
  mask;
  zero = false;
  /** `table`: zeroed slots to build in (tableSlots(keys.length) of them); a new array if not given. */
  constructor(keys, table) {
    this.table = table ?? new Float64Array(tableSlots(keys.length));
    this.mask = this.table.length - 1;
    for (let i = 0; i < keys.length; i++) this.add(keys[i]);
  }
  /** Slots used, for the cache's budget. */
  get slots() {
    return this.table.length;
  }
  has(key) {
    if (key === 0) return this.zero;
    const t = this.table;
    for (let i = key >>> 0 & this.mask; ; i = i + 1 & this.mask) {
      const v = t[i];
      if (v === key) return true;
      if (v === 0) return false;
    }
  }
  add(key) {
    if (key === 0) {
      this.zero = true;
      return;
    }
    const t = this.table;
    let i = key >>> 0 & this.mask;
    while (t[i] !== 0 && t[i] !== key) i = i + 1 & this.mask;
    t[i] = key;
  }
};
var KeyCache = class {
  /** `budget`: hash-table slots (8 bytes each) kept in all. */
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  /** Oldest first, each with where its table starts in the ring. */
  versions = /* @__PURE__ */ new Map();
  ring = null;
  /** Where the next table goes. */
  head = 0;
  get(blob) {
    return this.versions.get(blob)?.set;
  }
  /** Keeps the keys of version `blob` for the next version of the file. */
  set(blob, keys) {
    const slots = tableSlots(keys.length);
    if (slots > this.budget / 4 || this.versions.has(blob)) return;
    this.ring ??= new Float64Array(this.budget);
    if (this.head + slots > this.budget) {
      for (const [k, v] of this.versions) {
        if (v.at < this.head) break;
        this.versions.delete(k);
      }
      this.head = 0;
    }
    const from = this.head;
    const to = from + slots;
    for (const [k, v] of this.versions) {
      if (v.at < from || v.at >= to) break;
      this.versions.delete(k);
    }
    const table = this.ring.subarray(from, to);
    table.fill(0);
    this.versions.set(blob, { set: new KeySet(keys, table), at: from });
    this.head = to;
  }
};

// scanner/profile.ts
var profiling = process.env.LEAKHOUND_PROFILE === "1";
var totals = /* @__PURE__ */ new Map();
var marks = [];
function timed(stage, f) {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}
async function timedAsync(stage, f) {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return await f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}
function addTime(stage, ms) {
  if (!profiling) return;
  const cur = totals.get(stage);
  if (cur) {
    cur.ms += ms;
    cur.calls++;
  } else totals.set(stage, { ms, calls: 1 });
}
function profileReport() {
  const lines = ["leakhound profile (LEAKHOUND_PROFILE=1): wall ms in this thread"];
  for (const [point, at] of marks) lines.push(`  at ${at.toFixed(0).padStart(7)} ms  ${point}`);
  for (const [stage, t] of totals)
    lines.push(`  ${t.ms.toFixed(0).padStart(10)} ms  ${stage} (${t.calls} call${t.calls === 1 ? "" : "s"})`);
  const cpu = process.cpuUsage();
  lines.push(
    `  total: ${performance.now().toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1e3).toFixed(0)} ms CPU (all threads), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
  );
  return `${lines.join("\n")}
`;
}
if (profiling) process.on("exit", () => process.stderr.write(profileReport()));

// scanner/git/revisions.ts
var ZERO = /^0+$/;
async function selectRevisions(repo, o) {
  if (o.range !== void 0 && (o.since !== void 0 || o.refs?.length)) {
    throw new UsageError("--range cannot be combined with --since or explicit refs; e.g. --range origin/main..HEAD");
  }
  if (o.range !== void 0) return resolveRange(repo, o.range);
  for (const r of o.refs ?? []) checkRev(r);
  const include = o.refs?.length ? [...o.refs] : o.pullRefs === false ? ["--exclude=refs/pull/*", "--all"] : ["--all"];
  const exclude = [];
  if (o.since !== void 0) {
    checkRev(o.since);
    if (!await exists(repo, o.since))
      throw new InputError(`--since ${o.since}: no such revision in the repository; e.g. --since v1.2.0`);
    exclude.push(o.since);
  }
  return { include, exclude, empty: false };
}
async function resolveRange(repo, range) {
  const m = /^([^.]*)\.\.([^.].*)$/.exec(range);
  if (!m || m[1] === void 0 || m[2] === void 0 || m[2].includes("..")) {
    throw new UsageError(`--range ${range}: expected A..B, e.g. --range origin/main..HEAD or --range 0000000..abc1234`);
  }
  const a = m[1] || "HEAD";
  const b = m[2];
  checkRev(a);
  checkRev(b);
  const bOid = await commitOf(repo, b);
  if (bOid === null) throw new InputError(`--range ${range}: ${b} is not a commit in this repository; fetch it first`);
  const aOid = ZERO.test(a) ? null : await commitOf(repo, a);
  if (aOid === bOid) return { include: [bOid], exclude: [], empty: true };
  if (aOid !== null) return { include: [bOid], exclude: [aOid], empty: false };
  return { include: [bOid], exclude: await refsNotContaining(repo, bOid), empty: false };
}
async function refsNotContaining(repo, oid) {
  const out = await gitText(repo, ["for-each-ref", `--no-contains=${oid}`, "--format=%(objectname)"]);
  return [...new Set(out.split("\n").filter((l) => l !== ""))];
}
async function commitOf(repo, rev) {
  const { stdout, code } = await runGit(repo, ["rev-parse", "--verify", "-q", "--end-of-options", `${rev}^{commit}`], {
    okCodes: [1, 128]
  });
  return code === 0 ? stdout.toString("latin1").trim() : null;
}
async function exists(repo, rev) {
  return await commitOf(repo, rev) !== null;
}
function checkRev(rev) {
  if (rev.startsWith("-") || rev.includes("\n") || rev.includes("\0")) {
    throw new UsageError(
      `${JSON.stringify(rev)} is not a revision; expected a ref or commit such as main, v1.2.0 or abc1234`
    );
  }
}
function revListInput(s) {
  const args = s.include.filter((r) => r.startsWith("--"));
  const revs = [...s.include.filter((r) => !r.startsWith("--")), ...s.exclude.map((r) => `^${r}`)];
  return { args: [...args, "--stdin"], stdin: revs.map((r) => `${r}
`).join("") };
}

// scanner/pool/run-task.ts
const { readFileSync: readFileSync2 } = process.getBuiltinModule("node:fs");

// scanner/detect/content.ts
var utf82 = new TextDecoder("utf-8", { fatal: false });
var utf16le = new TextDecoder("utf-16le", { fatal: false });
var utf16be = new TextDecoder("utf-16be", { fatal: false });
function toText(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return utf16le.decode(bytes);
    if (bytes[0] === 254 && bytes[1] === 255) return utf16be.decode(bytes);
  }
  return isBinary(bytes) ? null : utf82.decode(bytes);
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
        bytes = readFileSync2(task.file);
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

export {
  toText,
  isBinary,
  runTask,
  STABLE_CONFIG,
  GitError,
  spawnGit,
  spawnGitReader,
  gitText,
  plainTopLevel,
  repoRoot,
  spawnError,
  writeIds,
  READ_AHEAD,
  readObjects,
  attachCommitInfo,
  commitStub,
  DEFAULT_MAX_BYTES,
  maxBytes,
  atItsLines,
  PatchReader,
  touchesAdded,
  CONTEXT_LINES,
  lineKeys,
  newLineFragments,
  KeyCache,
  timed,
  timedAsync,
  addTime,
  selectRevisions,
  resolveRange,
  revListInput
};
