
import {
  createProgress
} from "./chunk-NA6TV6IG.js";
import {
  GitError,
  runTask
} from "./chunk-6LZDPEPI.js";
import {
  InputError
} from "./chunk-XDM3T3X3.js";

// scanner/pool/detect-pool.ts
const { Worker } = process.getBuiltinModule("node:worker_threads");
var PER_WORKER = 2;
var SMALL = 64 * 1024;
var BATCH_TASKS = 256;
var BATCH_CHARS = 256 * 1024;
var MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
var DetectPool = class _DetectPool {
  capacity;
  slots;
  pending = /* @__PURE__ */ new Map();
  jobs = /* @__PURE__ */ new Map();
  waiters = [];
  batch = { ids: [], tasks: [], chars: 0 };
  flushScheduled = false;
  inFlightBytes = 0;
  nextId = 1;
  failure = null;
  constructor(options) {
    const threads = Math.max(1, Math.floor(options.threads));
    const workerData = {
      configText: options.configText,
      configFile: options.configFile,
      extended: options.extended ?? {}
    };
    this.slots = Array.from({ length: threads }, () => {
      const slot = {
        worker: spawnWorker(workerData, options.youngGenerationMb, options.oldGenerationMb),
        inFlight: 0
      };
      slot.worker.on("message", (msg) => this.settle(slot, msg));
      slot.worker.on("error", (err) => this.fail(outOfMemory(err, options.oldGenerationMb)));
      slot.worker.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`detection worker exited with code ${code}`));
      });
      return slot;
    });
    this.capacity = threads * PER_WORKER * BATCH_TASKS;
  }
  static start(options) {
    return new _DetectPool(options);
  }
  /** Worker threads in the pool: a history scan splits its blobs into this many shares. */
  get threads() {
    return this.slots.length;
  }
  /**
   * Runs history shares, one per worker (at most `threads`), each reading its own blobs from
   * git; `onBatch` receives results as they come. Rejects on the first share that fails.
   */
  runHistory(shares, onBatch) {
    if (shares.length > this.slots.length) throw new Error("more history shares than worker threads");
    return Promise.all(
      shares.map((history, i) => {
        if (this.failure) return Promise.reject(this.failure);
        const job = this.nextId++;
        const done = new Promise((resolve2, reject) => this.jobs.set(job, { onBatch, resolve: resolve2, reject }));
        const msg = { job, history };
        this.slots[i].worker.postMessage(msg);
        return done;
      })
    ).then(() => void 0);
  }
  get inFlight() {
    return this.pending.size;
  }
  /** Resolves when another task can be submitted without exceeding capacity. */
  whenReady() {
    if (this.hasRoom() || this.failure) return Promise.resolve();
    return new Promise((resolve2) => this.waiters.push(resolve2));
  }
  run(task) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const bytes = task.text?.length ?? task.bytes?.length ?? 0;
    const done = new Promise((resolve2, reject) => this.pending.set(id, { resolve: resolve2, reject, bytes }));
    this.inFlightBytes += bytes;
    if (task.text !== void 0 && task.text.length < SMALL) {
      this.batch.ids.push(id);
      this.batch.tasks.push(task);
      this.batch.chars += task.text.length;
      if (this.batch.tasks.length >= BATCH_TASKS || this.batch.chars >= BATCH_CHARS) this.flush();
      else this.scheduleFlush();
    } else {
      this.send([id], [task]);
    }
    return done;
  }
  async close() {
    this.flush();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
  hasRoom() {
    return this.pending.size < this.capacity && this.inFlightBytes < MAX_IN_FLIGHT_BYTES;
  }
  /** A partial batch goes out once the caller yields, so a slow producer never stalls it. */
  scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }
  flush() {
    if (this.batch.tasks.length === 0) return;
    const { ids, tasks } = this.batch;
    this.batch = { ids: [], tasks: [], chars: 0 };
    this.send(ids, tasks);
  }
  send(ids, tasks) {
    const slot = this.slots.reduce((a, b) => b.inFlight < a.inFlight ? b : a);
    slot.inFlight++;
    const msg = { ids, tasks };
    slot.worker.postMessage(msg, tasks.flatMap(transferList));
  }
  settle(slot, msg) {
    if ("job" in msg) this.settleJob(msg);
    else this.settleTasks(slot, msg);
  }
  settleJob(msg) {
    const job = this.jobs.get(msg.job);
    if (!job) return;
    if ("batch" in msg) {
      job.onBatch(msg.batch);
      return;
    }
    this.jobs.delete(msg.job);
    if ("done" in msg) job.resolve();
    else {
      const { git, message } = msg.error;
      job.reject(git ? new GitError(git.args, git.code, git.stderr) : new Error(message));
    }
  }
  settleTasks(slot, msg) {
    slot.inFlight--;
    msg.ids.forEach((id, i) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      this.inFlightBytes -= p.bytes;
      const outcome = msg.outcomes[i];
      if ("error" in outcome) p.reject(new Error(outcome.error));
      else p.resolve(outcome.result);
    });
    while (this.waiters.length > 0 && this.hasRoom()) this.waiters.shift()();
  }
  fail(err) {
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const j of this.jobs.values()) j.reject(err);
    this.jobs.clear();
    for (const w of this.waiters.splice(0)) w();
  }
};
function transferList(task) {
  const b = task.bytes;
  if (!b) return [];
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) return [b.buffer];
  task.bytes = new Uint8Array(b);
  return [task.bytes.buffer];
}
function spawnWorker(workerData, youngMb, oldMb) {
  const limits = {
    resourceLimits: {
      ...youngMb ? { maxYoungGenerationSizeMb: youngMb } : {},
      ...oldMb ? { maxOldGenerationSizeMb: oldMb } : {}
    }
  };
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./detect-worker.js", import.meta.url), { workerData, ...limits });
  const entry = new URL("./detect-worker.ts", import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, ...limits });
}
function outOfMemory(err, oldMb) {
  if (err.code !== "ERR_WORKER_OUT_OF_MEMORY") return err;
  return new InputError(
    `a detection worker ran out of memory${oldMb ? ` (${oldMb} MB)` : ""}: lower --max-file-size, or scan with --threads 1`
  );
}

// scanner/sources/files.ts
const { lstat, opendir, stat } = process.getBuiltinModule("node:fs/promises");
const { join, relative, resolve, sep } = process.getBuiltinModule("node:path");

// scanner/sources/git-tracked.ts
const { spawn } = process.getBuiltinModule("node:child_process");
function isTrackedByGit(dir) {
  return new Promise((resolve2) => {
    let settled = false;
    const done = (tracked) => {
      if (settled) return;
      settled = true;
      resolve2(tracked);
    };
    const child = spawn("git", ["-C", dir, "ls-files", "-z", "--", "."], {
      stdio: ["ignore", "pipe", "ignore"],
      // A repository's own config must not run anything while we only list files.
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_OPTIONAL_LOCKS: "0" }
    });
    child.on("error", () => done(false));
    child.stdout.on("data", () => {
      done(true);
      child.kill();
    });
    child.on("close", () => done(false));
  });
}

// scanner/sources/files.ts
var DEFAULT_EXCLUDES = [
  "node_modules",
  "bower_components",
  "vendor",
  ".venv",
  "venv",
  "__pycache__",
  ".tox",
  ".mypy_cache",
  ".pytest_cache",
  ".gradle",
  ".terraform"
];
async function walk(targets, options) {
  const out = { files: [], skipped: [], bytes: 0 };
  const excluded = new Set(options.excludeDirs);
  const isTracked = options.isTracked ?? isTrackedByGit;
  const rel = (abs) => toPosix(relative(options.root, abs) || abs);
  const visitFile = (abs, size) => {
    const path = rel(abs);
    if (options.excludePaths.some((re) => re.test(path))) return;
    if (size > options.maxFileSize) {
      out.skipped.push({ file: path, reason: "too-large", detail: `${size} bytes` });
      return;
    }
    out.files.push({ abs, path, size });
    out.bytes += size;
  };
  const visitDir = async (dir) => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      out.skipped.push({
        file: rel(dir),
        reason: "unreadable",
        detail: err.code ?? "error"
      });
      return;
    }
    const subdirs = [];
    for await (const entry of handle) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === ".git") continue;
        if (options.excludePaths.some((re) => re.test(`${rel(abs)}/`))) continue;
        if (excluded.has(entry.name) && !await isTracked(abs)) {
          out.skipped.push({
            file: `${rel(abs)}/`,
            reason: "dependency-folder",
            detail: "not tracked by git; --no-default-excludes scans it"
          });
          continue;
        }
        subdirs.push(abs);
      } else if (entry.isFile()) {
        const st = await lstat(abs).catch(() => null);
        if (st) visitFile(abs, st.size);
        else out.skipped.push({ file: rel(abs), reason: "unreadable" });
      }
    }
    subdirs.sort();
    for (const d of subdirs) await visitDir(d);
  };
  for (const target of targets) {
    const abs = resolve(target);
    const st = await stat(abs).catch(() => null);
    if (!st)
      throw new InputError(`${target}: no such file or directory; pass an existing file or directory, or - for stdin`);
    if (st.isDirectory()) await visitDir(abs);
    else if (st.isFile()) visitFile(abs, st.size);
    else out.skipped.push({ file: rel(abs), reason: "unreadable", detail: "not a regular file" });
  }
  return out;
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}

// scanner/scan-files.ts
const { availableParallelism } = process.getBuiltinModule("node:os");
var IN_PROCESS_BYTES = 4 * 1024 * 1024;
function defaultThreads() {
  return Math.max(1, availableParallelism());
}
async function scanFiles(targets, options) {
  const started = performance.now();
  const listed = await walk(targets, options.walk);
  const threads = options.threads > 0 ? options.threads : defaultThreads();
  const progress = createProgress("files", listed.files.length, listed.bytes, options.progress);
  const result = { findings: [], skipped: [...listed.skipped], stats: { files: 0, bytes: 0, ms: 0 } };
  const collect = (r, size) => {
    result.findings.push(...r.findings);
    if (r.skipped) result.skipped.push(r.skipped);
    else result.stats.files++;
    result.stats.bytes += r.bytes;
    progress.tick(1, size);
  };
  try {
    if (threads === 1 || listed.bytes <= (options.inProcessBelow ?? IN_PROCESS_BYTES) || listed.files.length < 2) {
      for (const f of listed.files) collect(runTask(options.detector, { path: f.path, file: f.abs }), f.size);
    } else {
      await runOnPool(listed.files, threads, options.spec, collect);
    }
  } finally {
    progress.stop();
  }
  result.stats.ms = Math.round(performance.now() - started);
  return result;
}
async function runOnPool(files, threads, spec, collect) {
  const pool = DetectPool.start({ threads, ...spec });
  try {
    const ordered = [...files].sort((a, b) => b.size - a.size);
    const running = /* @__PURE__ */ new Set();
    for (const f of ordered) {
      await pool.whenReady();
      const p = pool.run({ path: f.path, file: f.abs }).then((r) => collect(r, f.size));
      running.add(p);
      void p.finally(() => running.delete(p)).catch(() => {
      });
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
}

export {
  DetectPool,
  DEFAULT_EXCLUDES,
  defaultThreads,
  scanFiles
};
