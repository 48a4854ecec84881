
import {
  Command
} from "./chunk-GMTDVJWK.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/service.ts
function serveCommand(run) {
  return new Command("serve").description(
    "run the responder HTTP service: GitHub webhooks, Slack actions, incidents, metrics (configured by environment, see README)"
  ).action(async () => {
    const { runServe } = await import("./main-EWJZ4M62.js");
    await runServe(process.env);
    run(0);
  });
}
function workerCommand(run) {
  return new Command("worker").description("run responder queue processors; start as many as you like on any machine sharing REDIS_URL").action(async () => {
    const { runWorker } = await import("./main-EWJZ4M62.js");
    await runWorker(process.env);
    run(0);
  });
}
export {
  serveCommand,
  workerCommand
};
