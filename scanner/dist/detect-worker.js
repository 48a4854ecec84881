import {
  Detector,
  runTask
} from "./chunk-LHPRAS2L.js";
import {
  defaultScanConfig,
  parseConfig
} from "./chunk-WR255J3X.js";
import "./chunk-AF2ZNKHC.js";
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
port.on("message", (msg) => {
  const outcomes = msg.tasks.map((task) => {
    try {
      return { result: runTask(detector, task) };
    } catch (err) {
      return { error: `${task.path}: ${err.message}` };
    }
  });
  const reply = { ids: msg.ids, outcomes };
  port.postMessage(reply);
});
