
import {
  isPartialClone
} from "./chunk-EEQ7OQAG.js";
import {
  BatchParser
} from "./chunk-GQ2ZQSK3.js";
import {
  GitError,
  gitText,
  repoRoot,
  runGit,
  spawnError,
  spawnGit
} from "./chunk-6LZDPEPI.js";
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";

// scanner/rewrite/apply.ts
const { mkdir: mkdir2, rename: rename2, readdir, rm, writeFile: writeFile2 } = process.getBuiltinModule("node:fs/promises");
const { join: join3 } = process.getBuiltinModule("node:path");

// scanner/rewrite/blob-pass.ts
const { createHash } = process.getBuiltinModule("node:crypto");
var LFS_POINTER = Buffer.from("version https://git-lfs.github.com/spec/v1\n");
var SIGNATURE = /^-----BEGIN (?:PGP|SSH|SIGNED MESSAGE)/m;
async function blobPass(o) {
  const result = {
    blobs: /* @__PURE__ */ new Map(),
    hits: /* @__PURE__ */ new Map(),
    signedCommits: /* @__PURE__ */ new Set(),
    signedTags: /* @__PURE__ */ new Set(),
    binaryLeft: 0
  };
  const child = spawnGit(o.repo, ["cat-file", "--batch-all-objects", "--unordered", "--batch"]);
  const stderr = [];
  child.stderr.on("data", (b) => stderr.push(b));
  const exited = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", resolve);
  });
  exited.catch(() => {
  });
  child.stdin.end();
  const parser = new BatchParser(Infinity);
  try {
    for await (const chunk of child.stdout) {
      for (let obj = parser.push(chunk); obj !== null; obj = parser.push(null)) {
        if (obj.kind !== "object") continue;
        if (obj.type === "blob") {
          o.progress.blob(obj.size);
          await rewriteBlob(o, result, obj.oid, obj.bytes);
        } else if (obj.type === "commit" && isSignedCommit(obj.bytes)) result.signedCommits.add(obj.oid);
        else if (obj.type === "tag" && SIGNATURE.test(obj.bytes.toString("latin1"))) result.signedTags.add(obj.oid);
      }
    }
  } finally {
    child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new GitError(["cat-file", "--batch-all-objects"], code, Buffer.concat(stderr).toString("utf8"));
  return result;
}
async function rewriteBlob(o, r, oid, bytes) {
  if (bytes.length < 1024 && bytes.subarray(0, LFS_POINTER.length).equals(LFS_POINTER)) return;
  const replaced = o.matcher.replace(bytes);
  if (replaced === null) return;
  if (isBinary(bytes) && !o.findingBlobs.has(oid)) {
    r.binaryLeft++;
    return;
  }
  const header = Buffer.from(`blob ${replaced.bytes.length}\0`);
  const newOid = createHash(o.objectFormat).update(header).update(replaced.bytes).digest("hex");
  r.blobs.set(oid, newOid);
  r.hits.set(oid, replaced.hits);
  o.progress.rewritten();
  if (o.write) await o.write(Buffer.concat([Buffer.from(`blob
data ${replaced.bytes.length}
`), replaced.bytes, NL]));
}
var NL = Buffer.from("\n");
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
function isSignedCommit(bytes) {
  const end = bytes.indexOf("\n\n");
  const head = bytes.subarray(0, end === -1 ? bytes.length : end).toString("latin1");
  return /\ngpgsig(?:-sha256)? /.test(head);
}

// scanner/rewrite/mark-table.ts
var MarkTable = class {
  bytes = Buffer.alloc(0);
  width = 0;
  set(mark, hex) {
    if (this.width === 0) this.width = hex.length / 2;
    const need = (mark + 1) * this.width;
    if (need > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(need, this.bytes.length * 2, 4096));
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    this.bytes.write(hex, mark * this.width, "hex");
  }
  get(mark) {
    if (this.width === 0 || (mark + 1) * this.width > this.bytes.length) return null;
    const hex = this.bytes.toString("hex", mark * this.width, (mark + 1) * this.width);
    return /^0+$/.test(hex) ? null : hex;
  }
};

// scanner/rewrite/export-transform.ts
var NL2 = 10;
var DATA = Buffer.from("data ");
var EMPTY = Buffer.alloc(0);
var ExportTransform = class {
  constructor(o) {
    this.o = o;
  }
  o;
  stats = {
    commits: 0,
    changedCommits: 0,
    firstChanged: null,
    tags: 0,
    messagesRewritten: 0,
    blobsReferenced: 0,
    signedCommitsStripped: 0,
    signedTagsStripped: 0,
    refs: /* @__PURE__ */ new Map(),
    hits: /* @__PURE__ */ new Map()
  };
  /** mark → original commit id (binary), for the commit map. */
  originals = new MarkTable();
  changed = new Uint8Array(1024);
  referenced = /* @__PURE__ */ new Set();
  pending = [];
  pendingBytes = 0;
  /** Input needed before the next command can be parsed (a message not yet complete). */
  need = 0;
  cmd = blank("other", "");
  /** Transforms a chunk of fast-export output; returns the fast-import input it completes. */
  push(chunk) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.need) return EMPTY;
    const buf = this.pending.length === 1 ? chunk : Buffer.concat(this.pending);
    const out = [];
    let pass = 0;
    let pos = 0;
    this.need = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(NL2, pos);
      if (nl === -1) break;
      if (buf[pos] === 100 && buf.subarray(pos, pos + 5).equals(DATA)) {
        const size = Number(buf.toString("latin1", pos + 5, nl));
        if (!Number.isSafeInteger(size) || size < 0)
          throw new Error("git fast-export wrote a data command this parser does not understand");
        const body = nl + 1;
        if (buf.length - body < size) {
          this.need = body + size - pos;
          break;
        }
        const replaced = this.o.matcher.replace(buf.subarray(body, body + size));
        if (replaced) {
          out.push(buf.subarray(pass, pos), Buffer.from(`data ${replaced.bytes.length}
`), replaced.bytes);
          pass = body + size;
          this.cmd.changed = true;
          this.stats.messagesRewritten++;
          for (const [rule, n] of replaced.hits) this.count(rule, n);
        }
        pos = body + size;
        continue;
      }
      const rewritten = this.line(buf, pos, nl);
      if (rewritten !== null) {
        out.push(buf.subarray(pass, pos), rewritten);
        pass = nl + 1;
      }
      pos = nl + 1;
    }
    out.push(buf.subarray(pass, pos));
    const rest = buf.subarray(pos);
    this.pending = rest.length > 0 ? [Buffer.from(rest)] : [];
    this.pendingBytes = rest.length;
    return Buffer.concat(out);
  }
  /** Ends the stream: the last command is counted; leftover input means a truncated export. */
  end() {
    this.finish();
    if (this.pendingBytes > 0) throw new Error("git fast-export output ended in the middle of a command");
    this.stats.blobsReferenced = this.referenced.size;
  }
  /** Handles one line; returns its replacement, or null to pass it through. */
  line(buf, start, end) {
    const c = this.cmd;
    if (buf[start] === 77 && buf[start + 1] === 32) return this.fileChange(buf, start, end);
    const text = buf.toString("utf8", start, end);
    const space = text.indexOf(" ");
    const word = space === -1 ? text : text.slice(0, space);
    const arg = space === -1 ? "" : text.slice(space + 1);
    switch (word) {
      case "commit":
      case "reset":
      case "tag":
        this.finish();
        this.cmd = blank(word, word === "tag" ? `refs/tags/${arg}` : arg);
        break;
      case "mark":
        c.mark = Number(arg.slice(1));
        break;
      case "original-oid":
        c.original = arg;
        if (c.kind === "commit" && this.o.signedCommits.has(arg)) {
          c.changed = true;
          this.stats.signedCommitsStripped++;
        } else if (c.kind === "tag" && this.o.signedTags.has(arg)) {
          c.changed = true;
          this.stats.signedTagsStripped++;
        }
        break;
      case "from":
      case "merge":
        if (arg.startsWith(":")) {
          const m = Number(arg.slice(1));
          if (this.changed[m]) c.changed = true;
          if (word === "from") c.target = m;
        }
        break;
      case "done":
        this.finish();
        this.cmd = blank("other", "");
        break;
    }
    return null;
  }
  /** `M <mode> <id> <path>`: point it at the rewritten blob. A gitlink (160000) stays as it is. */
  fileChange(buf, start, end) {
    const s1 = buf.indexOf(32, start + 2);
    const s2 = buf.indexOf(32, s1 + 1);
    if (s1 === -1 || s2 === -1 || s2 > end) return null;
    const mode = buf.toString("latin1", start + 2, s1);
    if (mode === "160000") return null;
    const oid = buf.toString("latin1", s1 + 1, s2);
    const replacement = this.o.blobs.get(oid);
    if (replacement === void 0) return null;
    this.cmd.changed = true;
    if (!this.referenced.has(oid)) {
      this.referenced.add(oid);
      for (const [rule, n] of this.o.blobHits?.get(oid) ?? []) this.count(rule, n);
    }
    return Buffer.concat([Buffer.from(`M ${mode} ${replacement}`), buf.subarray(s2, end + 1)]);
  }
  count(rule, n) {
    this.stats.hits.set(rule, (this.stats.hits.get(rule) ?? 0) + n);
  }
  finish() {
    const c = this.cmd;
    const s = this.stats;
    if (c.kind === "commit") {
      s.commits++;
      this.o.onCommit?.();
      if (c.mark > 0) {
        this.setChanged(c.mark, c.changed);
        if (c.original) this.originals.set(c.mark, c.original);
      }
      if (c.changed) {
        s.changedCommits++;
        s.firstChanged ??= c.original || null;
      }
      s.refs.set(c.ref, c.changed);
    } else if (c.kind === "tag") {
      s.tags++;
      s.refs.set(c.ref, c.changed);
    } else if (c.kind === "reset" && c.target > 0) s.refs.set(c.ref, this.changed[c.target] === 1);
  }
  setChanged(mark, changed) {
    if (mark >= this.changed.length) {
      const grown = new Uint8Array(Math.max(mark + 1, this.changed.length * 2));
      grown.set(this.changed);
      this.changed = grown;
    }
    this.changed[mark] = changed ? 1 : 0;
  }
};
function blank(kind, ref) {
  return { kind, ref, mark: 0, original: "", changed: false, target: 0 };
}

// scanner/rewrite/fast-pipes.ts
const { mkdir, writeFile } = process.getBuiltinModule("node:fs/promises");
const { join } = process.getBuiltinModule("node:path");
async function startImport(repo, scratch, marks) {
  await runGit(repo.root, ["init", "-q", "--bare", `--object-format=${repo.objectFormat}`, scratch]);
  await mkdir(join(scratch, "objects", "info"), { recursive: true });
  await writeFile(join(scratch, "objects", "info", "alternates"), `${repo.objectsDir}
`);
  const child = spawnGit(scratch, [
    "-c",
    "fastimport.unpackLimit=0",
    "fast-import",
    "--quiet",
    "--force",
    "--done",
    "--date-format=raw-permissive",
    `--export-marks=${marks}`
  ]);
  const exited = watch(child, ["fast-import"]);
  let failed = null;
  exited.catch((e) => {
    failed = e;
  });
  child.stdin.on("error", () => {
  });
  const write = (chunk) => {
    if (failed) return Promise.reject(failed);
    if (chunk.length === 0 || child.stdin.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        child.off("close", onClose);
        resolve();
      };
      const onClose = () => {
        child.stdin.off("drain", onDrain);
        exited.then(() => reject(new Error("git fast-import stopped early")), reject);
      };
      child.stdin.once("drain", onDrain);
      child.once("close", onClose);
    });
  };
  return {
    write,
    async finish() {
      await write(Buffer.from("done\n"));
      child.stdin.end();
      await exited;
    },
    abort() {
      if (child.exitCode === null) child.kill();
    }
  };
}
var signedCommitsFlag = null;
async function runExport(repo, transform, write) {
  signedCommitsFlag ??= (await gitText(repo, ["fast-export", "-h"], { okCodes: [129] })).includes("--signed-commits") ? ["--signed-commits=strip"] : [];
  const args = [
    "fast-export",
    "--all",
    "--no-data",
    "--show-original-ids",
    "--reencode=yes",
    "--signed-tags=strip",
    ...signedCommitsFlag,
    "--tag-of-filtered-object=rewrite",
    "--fake-missing-tagger"
  ];
  const child = spawnGit(repo, args);
  const exited = watch(child, ["fast-export"]);
  exited.catch(() => {
  });
  child.stdin.end();
  try {
    for await (const chunk of child.stdout) {
      const out = transform.push(chunk);
      if (write) await write(out);
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
  await exited;
}
function watch(child, args) {
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on(
      "close",
      (code) => code === 0 ? resolve() : reject(new GitError(args, code, Buffer.concat(err).toString("utf8")))
    );
  });
}

// scanner/rewrite/matcher.ts
var SecretMatcher = class {
  constructor(secrets) {
    this.secrets = secrets;
    this.m = Math.max(2, Math.min(64, ...secrets.map((s) => s.bytes.length)));
    const m = this.m;
    this.shift = new Uint16Array(65536).fill(m - 1);
    for (const s of secrets) {
      const b = s.bytes;
      for (let q = 1; q < m; q++) {
        const block = b[q - 1] | b[q] << 8;
        const d = m - 1 - q;
        if (d < this.shift[block]) this.shift[block] = d;
      }
      const last = b[m - 2] | b[m - 1] << 8;
      const list2 = this.byBlock.get(last) ?? [];
      list2.push(s);
      this.byBlock.set(last, list2);
    }
    for (const list2 of this.byBlock.values()) list2.sort((a, b) => b.bytes.length - a.bytes.length);
  }
  secrets;
  m;
  shift;
  /** Secrets by the two-byte block that ends their first m bytes, longest first. */
  byBlock = /* @__PURE__ */ new Map();
  get empty() {
    return this.secrets.length === 0;
  }
  /** The buffer with every secret replaced, leftmost-longest, or null when it holds none. */
  replace(buf) {
    if (this.secrets.length === 0) return null;
    const { m, shift, byBlock } = this;
    const n = buf.length;
    let out = null;
    let hits = null;
    let copied = 0;
    let pos = m - 1;
    while (pos < n) {
      const block = buf[pos - 1] | buf[pos] << 8;
      const s = shift[block];
      if (s > 0) {
        pos += s;
        continue;
      }
      const start = pos - m + 1;
      const found = byBlock.get(block)?.find((c) => matchesAt(buf, start, c.bytes));
      if (!found) {
        pos++;
        continue;
      }
      out ??= [];
      hits ??= /* @__PURE__ */ new Map();
      out.push(buf.subarray(copied, start), found.replacement);
      hits.set(found.ruleId, (hits.get(found.ruleId) ?? 0) + 1);
      copied = start + found.bytes.length;
      pos = copied + m - 1;
    }
    if (!out || !hits) return null;
    out.push(buf.subarray(copied));
    return { bytes: Buffer.concat(out), hits };
  }
};
function matchesAt(buf, start, needle) {
  if (start + needle.length > buf.length) return false;
  return buf.compare(needle, 0, needle.length, start, start + needle.length) === 0;
}

// scanner/rewrite/progress-line.ts
var NOOP = { blob() {
}, rewritten() {
}, commit() {
}, stop() {
} };
function rewriteProgress(enabled) {
  if (!enabled) return NOOP;
  const started = Date.now();
  let blobs = 0;
  let bytes = 0;
  let rewritten = 0;
  let commits = 0;
  let last = started;
  let shown = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && (now - last < 250 || now - started < 1e3)) return;
    last = now;
    shown = true;
    const secs = Math.max((now - started) / 1e3, 1e-3);
    const mb = bytes / 1e6;
    process.stderr.write(
      `\r\x1B[Krewrite: ${blobs} blobs read (${mb.toFixed(1)} MB, ${(mb / secs).toFixed(1)} MB/s), ${rewritten} rewritten | ${commits} commits`
    );
  };
  return {
    blob(n) {
      blobs++;
      bytes += n;
      draw();
    },
    rewritten() {
      rewritten++;
    },
    commit() {
      commits++;
      if ((commits & 63) === 0) draw();
    },
    stop() {
      if (shown) {
        draw(true);
        process.stderr.write("\n");
        shown = false;
      }
    }
  };
}

// scanner/rewrite/refs.ts
const { createReadStream, createWriteStream } = process.getBuiltinModule("node:fs");
const { rename } = process.getBuiltinModule("node:fs/promises");
const { once } = process.getBuiltinModule("node:events");
const { join: join2 } = process.getBuiltinModule("node:path");
const { createInterface } = process.getBuiltinModule("node:readline");
async function readRefs(repo) {
  const out = await gitText(repo, ["for-each-ref", "--format=%(objectname)%00%(symref)%00%(refname)"]);
  const refs = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [oid, symref, name] = line.split("\0");
    if (oid && name && !symref) refs.set(name, oid);
  }
  const symbolic = await gitText(repo, ["symbolic-ref", "-q", "HEAD"], { okCodes: [1, 128] });
  if (symbolic.trim() === "") {
    const head = (await gitText(repo, ["rev-parse", "-q", "--verify", "HEAD"], { okCodes: [1] })).trim();
    if (head) refs.set("HEAD", head);
  }
  return refs;
}
async function writeMaps(work, marksFile, originals, before, after) {
  const commitMap = join2(work, "commit-map");
  const refMap = join2(work, "ref-map");
  const out = createWriteStream(`${commitMap}.new`);
  out.write("old new\n");
  const head = before.get("HEAD");
  let newHead;
  const lines = createInterface({ input: createReadStream(marksFile), crlfDelay: Infinity });
  for await (const line of lines) {
    const [mark, oid] = line.split(" ");
    const old = mark ? originals.get(Number(mark.slice(1))) : null;
    if (!old || !oid) continue;
    if (old === head) newHead = oid;
    if (!out.write(`${old} ${oid}
`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const changes = [];
  for (const [ref, old] of before) {
    const now = ref === "HEAD" ? newHead : after.get(ref);
    if (now && now !== old) changes.push({ ref, old, new: now });
  }
  const refOut = createWriteStream(`${refMap}.new`);
  refOut.end(`old new ref
${changes.map((c) => `${c.old} ${c.new} ${c.ref}
`).join("")}`);
  await once(refOut, "finish");
  return {
    changes,
    async commit() {
      await rename(`${commitMap}.new`, commitMap);
      await rename(`${refMap}.new`, refMap);
    }
  };
}
async function updateRefs(repo, changes) {
  if (changes.length === 0) return;
  const input = changes.map((c) => `${c.ref === "HEAD" ? "option no-deref\n" : ""}update ${c.ref} ${c.new} ${c.old}
`).join("");
  try {
    await runGit(repo, ["update-ref", "--stdin"], { input });
  } catch (err) {
    if (err instanceof GitError)
      throw new InputError(
        `the refs were not moved (${err.message}); the repository is unchanged: run leakhound rewrite again`,
        { cause: err }
      );
    throw err;
  }
}

// scanner/rewrite/apply.ts
var workDir = (repo) => join3(repo.gitDir, "leakhound-rewrite");
var CHECKOUT_PENDING = "checkout-pending";
async function applyRewrite(o) {
  const { repo } = o;
  const matcher = new SecretMatcher(o.plan.secrets);
  const progress = rewriteProgress(o.progress);
  const work = workDir(repo);
  const scratch = join3(work, `scratch-${process.pid}-${Date.now()}.git`);
  await mkdir2(work, { recursive: true });
  await removeStaleScratch(work);
  const importer = o.dryRun ? null : await startImport(repo, scratch, join3(scratch, "marks"));
  try {
    const before = await readRefs(repo.root);
    const blobs = await blobPass({
      repo: repo.root,
      matcher,
      objectFormat: repo.objectFormat,
      findingBlobs: o.findingBlobs,
      write: importer ? importer.write : null,
      progress
    });
    const transform = new ExportTransform({
      blobs: blobs.blobs,
      blobHits: blobs.hits,
      matcher,
      signedCommits: blobs.signedCommits,
      signedTags: blobs.signedTags,
      onCommit: () => progress.commit()
    });
    await runExport(repo.root, transform, importer ? importer.write : null);
    transform.end();
    const hits = transform.stats.hits;
    const result = {
      stats: transform.stats,
      blobsRewritten: transform.stats.blobsReferenced,
      binaryLeft: blobs.binaryLeft,
      hits,
      refs: [],
      mapsDir: null
    };
    if (!importer || total(hits) === 0) return result;
    await importer.finish();
    progress.stop();
    const after = await readRefs(scratch);
    const maps = await writeMaps(work, join3(scratch, "marks"), transform.originals, before, after);
    await movePacks(join3(scratch, "objects", "pack"), join3(repo.objectsDir, "pack"));
    const marker = join3(work, CHECKOUT_PENDING);
    if (!repo.bare) await writeFile2(marker, "refs rewritten; working tree not yet updated\n");
    await updateRefs(repo.root, maps.changes).catch(async (err) => {
      await rm(marker, { force: true });
      throw err;
    });
    await maps.commit();
    if (!repo.bare) await finishCheckout(repo);
    result.refs = maps.changes;
    result.mapsDir = work;
    return result;
  } finally {
    progress.stop();
    importer?.abort();
    await rm(scratch, { recursive: true, force: true });
  }
}
async function finishCheckout(repo) {
  await runGit(repo.root, ["reset", "-q", "--hard", "HEAD"]);
  await rm(join3(workDir(repo), CHECKOUT_PENDING), { force: true });
}
async function movePacks(from, to) {
  const names = await readdir(from).catch(() => []);
  const order = (n) => n.endsWith(".pack") ? 0 : n.endsWith(".rev") ? 1 : n.endsWith(".idx") ? 2 : -1;
  for (const name of names.filter((n) => order(n) >= 0).sort((a, b) => order(a) - order(b)))
    await rename2(join3(from, name), join3(to, name));
}
async function removeStaleScratch(work) {
  for (const name of await readdir(work)) {
    const pid = /^scratch-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await rm(join3(work, name), { recursive: true, force: true });
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function total(hits) {
  let n = 0;
  for (const v of hits.values()) n += v;
  return n;
}

// scanner/rewrite/message-scan.ts
var COMMIT_MESSAGE = "(commit message)";
var TAG_MESSAGE = "(tag message)";
async function scanMessages(repo, detector) {
  const findings = [];
  const scan = (path) => (oid, text) => {
    const commit = { commit: oid, author: "", email: "", date: "", message: "" };
    for (const f of detector.detect({ text, path, commit })) findings.push(f);
  };
  await pairs(repo, ["log", "--all", "--format=%H%x00%B%x00"], scan(COMMIT_MESSAGE));
  await pairs(
    repo,
    ["for-each-ref", "--format=%(if:equals=tag)%(objecttype)%(then)%(objectname)%00%(contents)%00%(end)", "refs/tags"],
    scan(TAG_MESSAGE)
  );
  return findings;
}
async function pairs(repo, args, each) {
  const child = spawnGit(repo, args);
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  const exited = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", resolve);
  });
  exited.catch(() => {
  });
  child.stdin.end();
  let rest = Buffer.alloc(0);
  let oid = null;
  for await (const chunk of child.stdout) {
    const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (let nul = buf.indexOf(0, pos); nul !== -1; nul = buf.indexOf(0, pos)) {
      const field = buf.toString("utf8", pos, nul);
      pos = nul + 1;
      if (oid === null) oid = field.trim();
      else {
        each(oid, field);
        oid = null;
      }
    }
    rest = Buffer.from(buf.subarray(pos));
  }
  const code = await exited;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString("utf8"));
}

// scanner/rewrite/plan.ts
var DEFAULT_REPLACEMENT = "***REMOVED***";
var MIN_SECRET_LENGTH = 6;
function checkReplacement(template) {
  const unknown = template.replace(/\{rule\}/g, "").match(/\{[^}]*\}/);
  if (unknown)
    throw new UsageError(
      `--replacement ${template}: ${unknown[0]} is not a placeholder; only {rule} is, e.g. --replacement '{rule}:REMOVED'`
    );
  if (/[\r\n]/.test(template))
    throw new UsageError(`--replacement: must be one line so that line numbers do not move, e.g. '***REMOVED***'`);
}
function planRewrite(findings, o) {
  checkReplacement(o.replacement);
  const wanted = new Set(o.rules);
  const chosen = wanted.size === 0 ? findings : findings.filter((f) => wanted.has(f.ruleId));
  const bySecret = /* @__PURE__ */ new Map();
  const encoded = [];
  for (const f of chosen) {
    if (f.tags.some((t) => t.startsWith("decoded:"))) {
      encoded.push(f);
      continue;
    }
    if (f.secret.length < MIN_SECRET_LENGTH) continue;
    if (!bySecret.has(f.secret)) bySecret.set(f.secret, f.ruleId);
  }
  const secrets = [];
  const byRule = /* @__PURE__ */ new Map();
  for (const [secret, ruleId] of bySecret) {
    const breaks = secret.match(/\r\n|\r|\n/g)?.join("") ?? "";
    const replacement = o.replacement.replace(/\{rule\}/g, ruleId) + breaks;
    secrets.push({ bytes: Buffer.from(secret, "utf8"), ruleId, replacement: Buffer.from(replacement, "utf8") });
    byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
  }
  for (const s of secrets) {
    if (secrets.some((t) => s.replacement.includes(t.bytes)))
      throw new UsageError(
        `--replacement ${o.replacement}: the replacement would contain a secret it replaces; use a fixed text such as '***REMOVED***'`
      );
  }
  secrets.sort((a, b) => b.bytes.length - a.bytes.length || Buffer.compare(a.bytes, b.bytes));
  const locations = chosen.filter((f) => f.commit !== "").map((f) => ({ commit: f.commit, file: f.file }));
  return { secrets, byRule, encoded, locations };
}

// scanner/rewrite/preflight.ts
const { existsSync } = process.getBuiltinModule("node:fs");
const { isAbsolute, join: join4 } = process.getBuiltinModule("node:path");
async function inspectRepo(dir) {
  const root = await repoRoot(dir);
  const [gitDirRaw, bareText, format, objects] = (await gitText(root, [
    "rev-parse",
    "--absolute-git-dir",
    "--is-bare-repository",
    "--show-object-format",
    "--git-path",
    "objects"
  ])).trim().split("\n");
  const gitDir = gitDirRaw;
  const objectsDir = isAbsolute(objects) ? objects : join4(root, objects);
  return { root, gitDir, objectsDir, bare: bareText === "true", objectFormat: format === "sha256" ? "sha256" : "sha1" };
}
var FRESH = "rewrite a fresh clone (git clone --mirror URL) or pass --force";
async function refuseUnsafe(repo, o) {
  const at = repo.root;
  if ((await gitText(at, ["rev-parse", "--is-shallow-repository"])).trim() === "true")
    throw new InputError(`${at} is a shallow clone; run git fetch --unshallow first, or rewrite a full clone`);
  if (await isPartialClone(at))
    throw new InputError(`${at} is a partial clone (objects missing); rewrite a full clone: git clone --mirror URL`);
  if ((await gitText(at, ["rev-list", "-n1", "--all"])).trim() === "")
    throw new InputError(`${at} has no commits; there is no history to rewrite`);
  if (o.dryRun) return;
  if (!repo.bare) {
    for (const op of ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"]) {
      if (existsSync(join4(repo.gitDir, op)))
        throw new InputError(`${at} is in the middle of a merge, rebase or cherry-pick; finish or abort it first`);
    }
    const dirty = await gitText(at, ["status", "--porcelain", "--untracked-files=no"]);
    if (dirty.trim() !== "")
      throw new InputError(
        `${at} has uncommitted changes, which updating the working tree would overwrite; commit or stash them first`
      );
  }
  if (o.force) return;
  const stash = await gitText(at, ["rev-parse", "-q", "--verify", "refs/stash"], { okCodes: [1] });
  if (stash.trim() !== "") throw new InputError(`${at} has stashed changes, which would be rewritten; ${FRESH}`);
  const worktrees = (await gitText(at, ["worktree", "list", "--porcelain"])).split("\n").filter((l) => l.startsWith("worktree "));
  if (worktrees.length > 1)
    throw new InputError(`${at} has ${worktrees.length - 1} other work tree(s) that would go stale; ${FRESH}`);
  const remotes = (await gitText(at, ["remote"])).trim().split("\n").filter(Boolean);
  if (remotes.length === 0)
    throw new InputError(`${at} has no remote, so nothing shows its history is stored elsewhere; ${FRESH}`);
  for (const r of remotes) {
    const mirror = await gitText(at, ["config", "--get", `remote.${r}.mirror`], { okCodes: [1] });
    if (mirror.trim() === "true") return;
  }
  const unpushed = (await gitText(at, ["rev-list", "--branches", "--not", "--remotes"])).trim().split("\n").filter(Boolean);
  if (unpushed.length > 0) {
    const where = (await gitText(at, ["branch", "--format=%(refname:short)", "--contains", unpushed[0]])).trim().split("\n")[0];
    throw new InputError(
      `${at} has ${unpushed.length} commit(s) not on any remote (e.g. on branch ${where}); push them first, or ${FRESH}`
    );
  }
}

// scanner/rewrite/summary.ts
function summarize(s) {
  const { stats } = s.result;
  const would = s.dryRun ? "would be " : "";
  const rules = [...s.plan.byRule].map(([rule, n]) => `${rule} ${n}`).join(", ");
  const changedRefs = [...stats.refs].filter(([, changed]) => changed).map(([ref]) => ref);
  if (s.plan.secrets.length > 0 && sum(s.result.hits) === 0)
    return `leakhound rewrite: ${s.plan.secrets.length} secret(s) found, but none occurs in ${s.root} any more: nothing to rewrite
`;
  const lines = [
    `leakhound rewrite${s.dryRun ? " (dry run, nothing changed)" : ""}: ${s.plan.secrets.length} secret(s) ${would}removed from ${s.root} (${rules})`,
    `  refs ${would}rewritten: ${changedRefs.length} of ${stats.refs.size}${list(changedRefs)}`,
    `  commits ${would}rewritten: ${stats.changedCommits} of ${stats.commits}${stats.firstChanged ? `; the first is ${stats.firstChanged}` : ""}`,
    `  blobs ${would}rewritten: ${s.result.blobsRewritten}; messages: ${stats.messagesRewritten}; replacements: ${sum(s.result.hits)}`
  ];
  if (stats.signedCommitsStripped + stats.signedTagsStripped > 0)
    lines.push(
      `  signatures ${would}dropped: ${stats.signedCommitsStripped} signed commit(s), ${stats.signedTagsStripped} signed tag(s) (a rewritten object cannot keep its signature)`
    );
  if (s.result.binaryLeft > 0)
    lines.push(
      `  left alone: ${s.result.binaryLeft} binary blob(s) that contain a secret but no finding; to rewrite them too, pass --findings with a report that names them`
    );
  if (s.plan.encoded.length > 0)
    lines.push(
      `  not removed: ${s.plan.encoded.length} finding(s) decoded from base64/hex/percent text, whose bytes differ from the secret; edit them out by hand (fingerprints: ${s.plan.encoded.slice(0, 3).map((f) => `${f.commit}:${f.file}:${f.ruleId}`).join(", ")})`
    );
  if (s.result.mapsDir) lines.push(`  maps: ${s.result.mapsDir}/commit-map and ${s.result.mapsDir}/ref-map`);
  if (!s.dryRun && s.result.refs.length > 0) lines.push("", ...nextSteps(s.result.refs, s.remote, s.result.mapsDir));
  return `${lines.join("\n")}
`;
}
function nextSteps(refs, remote, dir) {
  const pushes = pushCommands(refs, remote);
  return [
    "Next steps (rotate the secret first: rewriting history does not un-leak a key anyone has already copied):",
    "  1. Revoke and rotate every removed credential, if not done yet.",
    "  2. Drop the old objects here: git reflog expire --expire=now --all && git gc --prune=now",
    `  3. Push each rewritten branch and tag with a lease (also in ${dir}/push-commands):`,
    ...pushes.slice(0, 10).map((p) => `       ${p}`),
    ...pushes.length > 10 ? [`       … and ${pushes.length - 10} more`] : [],
    "     A mirror push (git push --mirror) fails on GitHub: its refs/pull/* are read-only.",
    "  4. Ask GitHub Support to purge cached views and the pull request refs that still hold the old commits.",
    "  5. Tell collaborators to re-clone; a merge from an old clone brings the secrets back."
  ];
}
function pushCommands(refs, remote) {
  const out = /* @__PURE__ */ new Map();
  for (const c of refs) {
    if (c.ref.startsWith("refs/heads/") || c.ref.startsWith("refs/tags/"))
      out.set(c.ref, `git push --force-with-lease=${c.ref}:${c.old} ${remote} ${c.ref}`);
  }
  for (const c of refs) {
    const m = /^refs\/remotes\/([^/]+)\/(.+)$/.exec(c.ref);
    if (!m || m[2] === "HEAD") continue;
    const target = `refs/heads/${m[2]}`;
    if (!out.has(target)) out.set(target, `git push --force-with-lease=${target}:${c.old} ${m[1]} ${c.new}:${target}`);
  }
  return [...out.values()];
}
function list(refs) {
  if (refs.length === 0) return "";
  return ` (${refs.slice(0, 5).join(", ")}${refs.length > 5 ? `, … ${refs.length - 5} more` : ""})`;
}
function sum(m) {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export {
  workDir,
  CHECKOUT_PENDING,
  applyRewrite,
  finishCheckout,
  scanMessages,
  DEFAULT_REPLACEMENT,
  checkReplacement,
  planRewrite,
  inspectRepo,
  refuseUnsafe,
  summarize,
  pushCommands
};
