
import {
  DEFAULT_MAX_BYTES,
  GitError,
  KeyCache,
  READ_AHEAD,
  addTime,
  attachCommitInfo,
  commitStub,
  gitText,
  isBinary,
  lineKeys,
  newLineFragments,
  readObjects,
  repoRoot,
  revListInput,
  runTask,
  selectRevisions,
  spawnError,
  spawnGit,
  timed,
  timedAsync,
  writeIds
} from "./chunk-IP4NCO3F.js";
import {
  InputError
} from "./chunk-XDM3T3X3.js";
import "./chunk-WJDBHJ4B.js";

// scanner/progress.ts
import cliProgress from "cli-progress";
var NOOP = { tick() {
}, stop() {
} };
function createProgress(unit, totalItems, totalBytes, enabled = !!process.stderr.isTTY) {
  if (!enabled) return NOOP;
  const started = Date.now();
  let items = 0;
  let bytes = 0;
  let bar = null;
  const mb = (n) => (n / 1e6).toFixed(1);
  const payload = () => {
    const secs = Math.max((Date.now() - started) / 1e3, 1e-3);
    return { mb: mb(bytes), totalMb: mb(totalBytes), rate: (bytes / 1e6 / secs).toFixed(1), unit };
  };
  return {
    tick(n, b) {
      items += n;
      bytes += b;
      if (!bar && Date.now() - started > 500) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: "{bar} {value}/{total} {unit} | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted}",
            hideCursor: true,
            clearOnComplete: true,
            fps: 5
          },
          cliProgress.Presets.shades_classic
        );
        bar.start(totalItems, items, payload());
      }
      bar?.update(items, payload());
    },
    stop() {
      bar?.stop();
    }
  };
}

// scanner/git/blob-sizes.ts
async function sizeBlobs(repo, intro, partial) {
  if (intro.blobCount === 0) return;
  const args = partial ? ["cat-file", "--batch-all-objects", "--unordered", "--batch-check=%(objectname) %(objecttype) %(objectsize)"] : ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"];
  for (let b = 0; b < intro.blobCount; b++) intro.setSize(b, -1);
  const child = spawnGit(repo, args);
  const done = exit(child);
  if (partial) child.stdin.end();
  else writeIds(child.stdin, intro.oids);
  let rest = "";
  for await (const chunk of child.stdout) {
    const text = rest + chunk.toString("latin1");
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const line = text.slice(start, nl);
      start = nl + 1;
      const sp = line.indexOf(" ");
      const b = intro.indexOf(line.slice(0, sp));
      if (b === void 0) continue;
      const [type, size] = line.slice(sp + 1).split(" ");
      if (type === "blob" && size !== void 0) intro.setSize(b, Number(size));
    }
    rest = text.slice(start);
  }
  await done;
}
async function isPartialClone(repo) {
  const out = await gitText(repo, ["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"], {
    okCodes: [1]
  });
  return out.split("\n").some((l) => l.trim() !== "" && !/ (false|no|off|0)$/i.test(l.trim()));
}
function exit(child) {
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on(
      "close",
      (code) => code === 0 ? resolve() : reject(new GitError(["cat-file", "--batch-check"], code, Buffer.concat(err).toString("utf8")))
    );
  });
}

// scanner/git/blob-tasks.ts
function planBlob(blob, bytes, seen, commits, recent, replaced = true) {
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  if (!utf16 && isBinary(bytes)) return null;
  const hasBase = seen.some((a) => a.base >= 0 && recent.get(a.base) !== void 0);
  const lines = utf16 || !(hasBase || replaced) ? null : lineKeys(bytes, true);
  const out = [];
  let wholeLeft = 0;
  const parts = seen.map((a) => {
    const base = lines && a.base >= 0 ? recent.get(a.base) : void 0;
    const fragments = base && lines ? newLineFragments(bytes, lines, base) : null;
    if (fragments === null) wholeLeft++;
    return fragments;
  });
  seen.forEach((a, i) => {
    const commit = commitStub(commits[a.commit]);
    const fragments = parts[i];
    if (fragments) {
      for (const text of fragments) out.push({ order: a.commit, task: { path: a.path, commit, text } });
      return;
    }
    const own = --wholeLeft === 0 ? bytes : Buffer.from(bytes);
    out.push({ order: a.commit, task: { path: a.path, commit, bytes: own } });
  });
  if (lines && replaced) recent.set(blob, lines.keys);
  return out;
}

// scanner/git/blob-work.ts
function blobWork(obj, blob, commits, recent) {
  const { seen } = blob;
  if (obj.kind !== "object") {
    const reason = obj.kind === "missing" ? "missing-object" : "too-large";
    return { tasks: [], skips: seen.map((a) => ({ file: a.path, reason, detail: `blob ${obj.oid}` })) };
  }
  const planned = planBlob(blob.b, obj.bytes, seen, commits, recent, blob.replaced);
  if (planned !== null) return { tasks: planned, skips: [] };
  return {
    tasks: seen.map((a) => ({
      order: a.commit,
      task: { path: a.path, commit: commitStub(commits[a.commit]), nameOnly: true }
    })),
    skips: seen.map((a) => ({ file: a.path, reason: "binary", detail: `blob ${obj.oid} in ${commits[a.commit]}` }))
  };
}

// scanner/git/engine.ts
function isPool(engine) {
  return typeof engine.run === "function";
}
async function submit(engine, task, done, running) {
  if (!isPool(engine)) {
    done(runTask(engine, task));
    return;
  }
  await engine.whenReady();
  const p = engine.run(task).then(done);
  running.add(p);
  void p.then(
    () => running.delete(p),
    () => running.delete(p)
  );
}

// scanner/git/history-shares.ts
function partitionBlobs(intro, blobs, shares, weight) {
  const out = Array.from({ length: shares }, () => []);
  const load = new Float64Array(shares);
  const share = new Int32Array(intro.blobCount).fill(-1);
  for (const b of blobs) {
    const seen = intro.appearances(b);
    let s = -1;
    for (const a of seen) {
      if (a.base >= 0 && share[a.base] >= 0) {
        s = share[a.base];
        break;
      }
    }
    if (s < 0) {
      s = 0;
      for (let i = 1; i < shares; i++) if (load[i] < load[s]) s = i;
    }
    share[b] = s;
    load[s] = load[s] + weight(b);
    out[s].push({ b, oid: intro.oids[b], seen, replaced: intro.isReplaced(b) });
  }
  return out.filter((list) => list.length > 0);
}

// scanner/git/introductions.ts
var W = 4;
var Introductions = class {
  /** Blob ids in first-appearance order: the order blobs are read in. */
  oids = [];
  paths = [];
  commits = [];
  blobIndex = /* @__PURE__ */ new Map();
  pathIndex = /* @__PURE__ */ new Map();
  head = new Int32Array(1024);
  /** Per blob: its size in bytes once known, -1 when the object is missing. */
  size = new Float64Array(1024);
  /** Per blob: 1 when a later version of some path replaced it (it is a diff base). */
  replaced = new Uint8Array(1024);
  entries = new Int32Array(W * 1024);
  entryCount = 0;
  lastCommit = "";
  get blobCount() {
    return this.oids.length;
  }
  /**
   * Records that `oid` is at `path` in `commit`. Returns false when that pair was already
   * introduced by an earlier commit. Commits must arrive in topological order.
   */
  add(oid, path, commit, base = -1) {
    let b = this.blobIndex.get(oid);
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    } else if (b !== void 0) {
      for (let e2 = this.head[b]; e2 !== -1; e2 = this.entries[e2 * W + 3]) if (this.entries[e2 * W] === p) return false;
    }
    if (commit !== this.lastCommit) {
      this.commits.push(commit);
      this.lastCommit = commit;
    }
    if (b === void 0) {
      b = this.oids.length;
      this.oids.push(oid);
      this.blobIndex.set(oid, b);
      if (b === this.head.length) {
        this.head = grow(this.head);
        this.size = grow(this.size);
        this.replaced = grow(this.replaced);
      }
      this.head[b] = -1;
      this.size[b] = 0;
    }
    if (base >= 0) this.replaced[base] = 1;
    const e = this.entryCount++;
    if (e * W === this.entries.length) this.entries = grow(this.entries);
    this.entries[e * W] = p;
    this.entries[e * W + 1] = this.commits.length - 1;
    this.entries[e * W + 2] = base;
    this.entries[e * W + 3] = -1;
    let last = this.head[b];
    if (last === -1) this.head[b] = e;
    else {
      while (this.entries[last * W + 3] !== -1) last = this.entries[last * W + 3];
      this.entries[last * W + 3] = e;
    }
    return true;
  }
  indexOf(oid) {
    return this.blobIndex.get(oid);
  }
  /**
   * Where blob number `b` was introduced, earliest first: the path, the commit number, and
   * the blob number of the version it replaced at that path in the first parent (-1 if none).
   */
  appearances(b) {
    const out = [];
    for (let e = this.head[b]; e !== -1; e = this.entries[e * W + 3]) {
      out.push({
        path: this.paths[this.entries[e * W]],
        commit: this.entries[e * W + 1],
        base: this.entries[e * W + 2]
      });
    }
    return out;
  }
  /** Some later version of a path replaced blob `b`, so its lines are worth remembering. */
  isReplaced(b) {
    return this.replaced[b] === 1;
  }
  setSize(b, size) {
    this.size[b] = size;
  }
  sizeOf(b) {
    return this.size[b];
  }
};
function grow(a) {
  const next = new a.constructor(a.length * 2);
  next.set(a);
  return next;
}

// scanner/git/history-walk.ts
var GITLINK = "160000";
async function walkHistory(repo, selection) {
  const walk = { intro: new Introductions(), submodules: /* @__PURE__ */ new Map(), commits: 0 };
  if (selection.empty) return walk;
  const input = revListInput(selection);
  const revList = spawnGit(repo, ["rev-list", "--reverse", "--topo-order", ...input.args]);
  const diffTree = spawnGit(repo, [
    "diff-tree",
    "--stdin",
    "--always",
    "-r",
    "-c",
    "--root",
    "-z",
    "--no-renames",
    "--ignore-submodules=none"
  ]);
  const revListDone = finished(revList, "rev-list");
  const diffTreeDone = finished(diffTree, "diff-tree");
  for (const p of [revListDone, diffTreeDone]) p.catch(() => {
  });
  revList.stdin.on("error", () => {
  });
  revList.stdin.end(input.stdin);
  diffTree.stdin.on("error", () => {
  });
  revList.stdout.pipe(diffTree.stdin);
  const tokens = new NulTokens();
  let commit = "";
  let meta = null;
  const onToken = (t) => {
    if (meta !== null) {
      record(walk, commit, meta, t);
      meta = null;
    } else if (t.charCodeAt(0) === 58) meta = t;
    else {
      commit = t.trim();
      walk.commits++;
    }
  };
  for await (const chunk of diffTree.stdout) tokens.push(chunk, onToken);
  await Promise.all([revListDone, diffTreeDone]);
  return walk;
}
function record(walk, commit, meta, path) {
  let parents = 0;
  while (meta.charCodeAt(parents) === 58) parents++;
  const fields = meta.slice(parents).split(" ");
  const mode = fields[parents];
  const oid = fields[2 * parents + 1];
  if (/^0+$/.test(oid)) return;
  if (mode === GITLINK) {
    if (!walk.submodules.has(path)) walk.submodules.set(path, commit);
    return;
  }
  const base = fields[parents + 1];
  walk.intro.add(oid, path, commit, /^0+$/.test(base) ? -1 : walk.intro.indexOf(base) ?? -1);
}
var NulTokens = class {
  rest = null;
  push(chunk, onToken) {
    let start = 0;
    for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, start)) {
      const part = chunk.subarray(start, i);
      if (this.rest) {
        onToken(Buffer.concat([this.rest, part]).toString("utf8"));
        this.rest = null;
      } else onToken(part.toString("utf8"));
      start = i + 1;
    }
    if (start < chunk.length) {
      const tail = chunk.subarray(start);
      this.rest = this.rest ? Buffer.concat([this.rest, tail]) : Buffer.from(tail);
    }
  }
};
function finished(child, what) {
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const stderr = Buffer.concat(err).toString("utf8");
      if (/bad revision|unknown revision|ambiguous argument/.test(stderr)) {
        reject(
          new InputError(
            `${stderr.trim().split("\n")[0]}: check the ref names passed to history (e.g. main, v1.2.0, origin/main)`
          )
        );
      } else reject(new GitError([what], code, stderr));
    });
  });
}

// scanner/git/provenance.ts
var Provenance = class {
  best = /* @__PURE__ */ new Map();
  add(order, findings) {
    for (const f of findings) {
      const key = `${f.file}\0${f.ruleId}\0${f.secret}`;
      const cur = this.best.get(key);
      if (cur === void 0 || order < cur.order) this.best.set(key, { order, findings: [f] });
      else if (order === cur.order) cur.findings.push(f);
    }
  }
  /** Findings in history order, then by file and position. */
  findings() {
    const rows = [...this.best.values()].flatMap((e) => e.findings.map((f) => ({ order: e.order, f })));
    rows.sort(
      (a, b) => a.order - b.order || (a.f.file < b.f.file ? -1 : a.f.file > b.f.file ? 1 : 0) || a.f.startLine - b.f.startLine || a.f.startColumn - b.f.startColumn
    );
    return rows.map((r) => r.f);
  }
};
var SkipLog = class {
  entries = /* @__PURE__ */ new Map();
  add(file, reason, detail) {
    const key = `${reason}\0${file}`;
    const cur = this.entries.get(key);
    if (cur) cur.more++;
    else this.entries.set(key, { skip: { file, reason, ...detail ? { detail } : {} }, more: 0 });
  }
  list() {
    return [...this.entries.values()].map(
      ({ skip, more }) => more === 0 ? skip : { ...skip, detail: `${skip.detail ? `${skip.detail}; ` : ""}${more} more version${more === 1 ? "" : "s"}` }
    );
  }
};

// scanner/git/history-scan.ts
var CACHE_KEYS = 4 * 1024 * 1024;
async function scanHistory(o) {
  const started = performance.now();
  const repo = await repoRoot(o.repo);
  const walk = await timedAsync(
    "history: walk (rev-list | diff-tree)",
    async () => walkHistory(repo, await selectRevisions(repo, o))
  );
  const intro = walk.intro;
  const skips = new SkipLog();
  for (const [path, commit] of walk.submodules) skips.add(path, "submodule", `gitlink first seen in ${commit}`);
  const partial = await isPartialClone(repo);
  const showProgress = o.progress ?? !!process.stderr.isTTY;
  const sized = partial || showProgress;
  if (sized) await timedAsync("history: size blobs (cat-file --batch-check)", () => sizeBlobs(repo, intro, partial));
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const toRead = [];
  let totalBytes = 0;
  for (let b = 0; b < intro.blobCount; b++) {
    const size = sized ? intro.sizeOf(b) : 0;
    const skip = size < 0 ? "missing-object" : size > maxBytes ? "too-large" : null;
    if (skip === null) {
      toRead.push(b);
      totalBytes += size;
      continue;
    }
    for (const a of intro.appearances(b)) {
      const detail = skip === "too-large" ? `${size} bytes (limit ${maxBytes})` : `blob ${intro.oids[b]} (shallow or partial clone, or a damaged repository)`;
      skips.add(a.path, skip, `${detail} in ${intro.commits[a.commit]}`);
    }
  }
  const provenance = new Provenance();
  const stats = { commits: walk.commits, blobs: 0, bytes: 0, ms: 0 };
  const progress = createProgress("blobs", toRead.length, totalBytes, showProgress);
  const scan = { repo, intro, toRead, maxBytes, provenance, skips, stats, progress, sized };
  try {
    if (isPool(o.engine)) await scanOnWorkers(o.engine, scan);
    else await scanHere(o.engine, scan);
  } finally {
    progress.stop();
  }
  const findings = provenance.findings();
  await timedAsync("history: commit info", () => attachCommitInfo(repo, findings));
  stats.ms = Math.round(performance.now() - started);
  return { findings, skipped: skips.list(), stats };
}
async function scanOnWorkers(pool, s) {
  const { intro } = s;
  const threads = pool.threads;
  const weight = (b) => (s.sized ? intro.sizeOf(b) : 0) + 1024;
  const shares = partitionBlobs(intro, s.toRead, threads, weight).map((blobs) => ({
    repo: s.repo,
    maxBytes: s.maxBytes,
    cacheKeys: Math.floor(CACHE_KEYS / threads),
    readAhead: Math.floor(READ_AHEAD / threads),
    commits: intro.commits,
    blobs
  }));
  const collect = (batch) => {
    for (const r of batch.results) s.provenance.add(r.order, r.findings);
    for (const k of batch.skips) s.skips.add(k.file, k.reason, k.detail);
    s.stats.blobs += batch.blobs;
    s.stats.bytes += batch.bytes;
    s.progress.tick(batch.blobs, batch.bytes);
  };
  await timedAsync("history: workers read and scan their shares", () => pool.runHistory(shares, collect));
}
async function scanHere(engine, s) {
  const { intro } = s;
  const running = /* @__PURE__ */ new Set();
  const recent = new KeyCache(CACHE_KEYS);
  const onObject = async (obj) => {
    const b = intro.indexOf(obj.oid);
    const blob = { b, oid: obj.oid, seen: intro.appearances(b), replaced: intro.isReplaced(b) };
    const work = timed(
      "history: plan (line keys, new-line fragments)",
      () => blobWork(obj, blob, intro.commits, recent)
    );
    for (const k of work.skips) s.skips.add(k.file, k.reason, k.detail);
    if (obj.kind !== "object") return;
    s.stats.blobs++;
    s.stats.bytes += obj.size;
    s.progress.tick(1, obj.size);
    const detectFrom = performance.now();
    for (const { order, task } of work.tasks) {
      await submit(
        engine,
        task,
        (r) => {
          if (r.skipped) s.skips.add(r.skipped.file, r.skipped.reason, r.skipped.detail);
          s.provenance.add(order, r.findings);
        },
        running
      );
    }
    addTime("history: detect in this thread, or wait for the pool", performance.now() - detectFrom);
  };
  let waitFrom = performance.now();
  const oids = s.toRead.map((b) => intro.oids[b]);
  for await (const obj of readObjects(s.repo, oids, { maxBytes: s.maxBytes })) {
    addTime("history: wait for blobs (cat-file --batch)", performance.now() - waitFrom);
    await onObject(obj);
    waitFrom = performance.now();
  }
  await timedAsync("history: drain the pool", () => Promise.all(running));
}
export {
  scanHistory
};
