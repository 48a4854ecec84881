
import {
  blobWork
} from "./chunk-HOVNFE2D.js";
import {
  KeyCache,
  readObjects
} from "./chunk-GQ2ZQSK3.js";
import {
  GitError,
  runTask
} from "./chunk-6LZDPEPI.js";
import {
  Detector
} from "./chunk-S3VMPW6Q.js";
import {
  enableRegexFallback
} from "./chunk-RXJJMENA.js";
import {
  parseConfig
} from "./chunk-CPEGVR66.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import {
  defaultScanConfig
} from "./chunk-NLHHEF6U.js";
import "./chunk-CBIVLD7W.js";
import "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/pool/detect-worker.ts
const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");

// scanner/detect/from-spec.ts
function detectorFromSpec(spec) {
  const config = spec.configText === null ? defaultScanConfig() : parseConfig(spec.configText, spec.configFile ?? "config", spec.extended ?? {});
  return new Detector({ rules: config.rules, allowlists: config.allowlists });
}

// scanner/pool/history-job.ts
var BATCH_BLOBS = 128;
async function runHistoryJob(detector2, job, post) {
  const recent = new KeyCache(job.cacheKeys);
  const byOid = new Map(job.blobs.map((blob) => [blob.oid, blob]));
  let batch = { results: [], skips: [], blobs: 0, bytes: 0 };
  let pending = 0;
  for await (const obj of readObjects(
    job.repo,
    job.blobs.map((blob) => blob.oid),
    { maxBytes: job.maxBytes, readAhead: job.readAhead, reuseBuffer: true }
  )) {
    const blob = byOid.get(obj.oid);
    const work = blobWork(obj, blob, job.commits, recent);
    batch.skips.push(...work.skips);
    if (obj.kind === "object") {
      batch.blobs++;
      batch.bytes += obj.size;
    }
    for (const { order, task } of work.tasks) {
      const r = runTask(detector2, task);
      if (r.skipped) batch.skips.push(r.skipped);
      if (r.findings.length > 0) batch.results.push({ order, findings: r.findings });
    }
    if (++pending >= BATCH_BLOBS) {
      post(batch);
      batch = { results: [], skips: [], blobs: 0, bytes: 0 };
      pending = 0;
    }
  }
  post(batch);
}

// scanner/pool/detect-worker.ts
enableRegexFallback();
var detector = detectorFromSpec(workerData);
var port = parentPort;
var reply = (msg) => port.postMessage(msg);
port.on("message", (msg) => {
  if ("history" in msg) void history(msg);
  else tasks(msg);
});
function tasks(msg) {
  const outcomes = msg.tasks.map((task) => {
    try {
      return { result: runTask(detector, task) };
    } catch (err) {
      return { error: `${task.path}: ${err.message}` };
    }
  });
  reply({ ids: msg.ids, outcomes });
}
async function history({ job, history: history2 }) {
  try {
    await runHistoryJob(detector, history2, (batch) => reply({ job, batch }));
    reply({ job, done: true });
  } catch (err) {
    const e = err;
    const git = e instanceof GitError ? { args: e.args, code: e.code, stderr: e.stderr } : void 0;
    reply({ job, error: { message: e.message, ...git ? { git } : {} } });
  }
}
