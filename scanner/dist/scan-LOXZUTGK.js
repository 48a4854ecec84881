import {
  DEFAULT_EXCLUDES,
  scanFiles
} from "./chunk-AE73K7FC.js";
import {
  collectRegex,
  parseSize
} from "./chunk-EC4PLEA3.js";
import "./chunk-YJXGOZZD.js";
import {
  finish,
  prepare,
  withCommonFlags
} from "./chunk-TARNN76T.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-GKTJ7X46.js";
import "./chunk-SFKXYP7S.js";
import {
  runTask
} from "./chunk-R4WH7SKU.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-NNDQQXIH.js";
import "./chunk-CII6SOLH.js";
import {
  InputError,
  UsageError
} from "./chunk-WKZTSYGD.js";

// scanner/commands/scan.ts
import { Command } from "commander";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// scanner/sources/stdin.ts
async function readStdin(limit, stream = process.stdin) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) {
      throw new InputError(`stdin: more than ${limit} bytes; raise --max-file-size or scan the data as a file`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

// scanner/commands/scan.ts
function scanCommand(run) {
  const cmd = new Command("scan").description("scan files and directories (or stdin with -) for leaked credentials").argument("<paths...>", "files or directories to scan, or - for stdin").option(
    "--max-file-size <MB>",
    `skip files larger than this many megabytes (default ${DEFAULT_MAX_MB}, or maxFileSize in the config)`,
    parseSize
  ).option(
    "--exclude <regex>",
    "skip paths (relative to the scan root) matching this regex; repeatable",
    collectRegex,
    []
  ).option(
    "--no-default-excludes",
    `also scan ${DEFAULT_EXCLUDES.slice(0, 3).join(", ")} and other dependency folders`
  ).option("--no-progress", "never show the progress line");
  withCommonFlags(cmd);
  return cmd.action(async (paths, flags) => run(await scan(paths, flags)));
}
async function scan(paths, flags) {
  const stdin = paths.includes("-");
  if (stdin && paths.length > 1) throw new UsageError("scan: - (stdin) cannot be mixed with paths; run two scans");
  const root = stdin ? process.cwd() : await scanRoot(paths);
  const prepared = await prepare(flags, root);
  const maxFileSize = maxBytes(flags.maxFileSize, prepared.config);
  if (stdin) {
    const started = performance.now();
    const bytes = await readStdin(maxFileSize);
    const r = runTask(prepared.detector, { path: "-", bytes });
    return (await finish(flags, prepared, root, {
      findings: r.findings,
      skipped: r.skipped ? [r.skipped] : [],
      stats: { files: r.skipped ? 0 : 1, bytes: r.bytes, ms: Math.round(performance.now() - started) }
    })).code;
  }
  const result = await scanFiles(paths, {
    threads: flags.threads,
    detector: prepared.detector,
    spec: prepared.spec,
    progress: flags.progress && !!process.stderr.isTTY,
    walk: {
      root,
      maxFileSize,
      excludeDirs: flags.defaultExcludes ? DEFAULT_EXCLUDES : [],
      excludePaths: flags.exclude
    }
  });
  return (await finish(flags, prepared, root, result)).code;
}
async function scanRoot(paths) {
  if (paths.length === 1) {
    const st = await stat(paths[0]).catch(() => null);
    if (st?.isDirectory()) return resolve(paths[0]);
  }
  return process.cwd();
}
export {
  scanCommand
};
