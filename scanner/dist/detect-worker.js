import {
  runHistoryJob
} from "./chunk-QW4MEN3B.js";
import "./chunk-J3XIS7YB.js";
import {
  Detector,
  GitError,
  runTask
} from "./chunk-JRGBJOK6.js";
import {
  defaultScanConfig,
  parseConfig
} from "./chunk-SKD3NGKB.js";
import "./chunk-C3BNGSKB.js";
import {
  enableRegexFallback
} from "./chunk-ZYF5IGMZ.js";
import "./chunk-WKZTSYGD.js";

// scanner/pool/detect-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// scanner/detect/from-spec.ts
function detectorFromSpec(spec) {
  const config = spec.configText === null ? defaultScanConfig() : parseConfig(spec.configText, spec.configFile ?? "config", spec.extended ?? {});
  return new Detector({ rules: config.rules, allowlists: config.allowlists });
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
