
import {
  DetectPool,
  defaultThreads
} from "./chunk-YJK7U22P.js";
import {
  scanHistory
} from "./chunk-EEQ7OQAG.js";
import {
  collect,
  parseRange,
  parseSize,
  withCommonFlags
} from "./chunk-4QZWW2IB.js";
import {
  finish,
  prepare
} from "./chunk-NP74E7BZ.js";
import {
  Command
} from "./chunk-GMTDVJWK.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-EWH7UTEU.js";
import {
  repoRoot
} from "./chunk-6LZDPEPI.js";

// scanner/commands/history.ts
function historyCommand(run) {
  const cmd = new Command("history").description("scan every blob in git history, each once, attributing findings to the commit that introduced them").option("--repo <dir>", "repository to scan", ".").option("--since <rev>", "only history not reachable from this revision").option("--range <A..B>", "only the commits B adds over A", parseRange).option("--ref <ref>", "walk this ref instead of all refs; repeatable", collect, []).option("--no-pull-refs", "skip refs/pull/* (pull request heads in a mirror)").option("--max-file-size <MB>", `skip blobs larger than this many megabytes (default ${DEFAULT_MAX_MB})`, parseSize).option("--no-progress", "never show the progress line");
  withCommonFlags(cmd);
  return cmd.action(async (flags) => run(await history(flags)));
}
var HISTORY_YOUNG_MB = 12;
function historyOldGenerationMb(maxBytes2) {
  return Math.max(512, Math.ceil(maxBytes2 / (1024 * 1024)) * 20);
}
function historyPool(threads, spec, maxBytes2) {
  if (threads <= 1) return null;
  return DetectPool.start({
    threads,
    youngGenerationMb: HISTORY_YOUNG_MB,
    oldGenerationMb: historyOldGenerationMb(maxBytes2),
    ...spec
  });
}
function poolThreads(requested) {
  if (requested > 0) return requested;
  return defaultThreads();
}
async function history(flags) {
  const root = await repoRoot(flags.repo);
  const prepared = await prepare(flags, root);
  const threads = poolThreads(flags.threads);
  const limit = maxBytes(flags.maxFileSize, prepared.config);
  const pool = historyPool(threads, prepared.spec, limit);
  try {
    const result = await scanHistory({
      repo: root,
      engine: pool ?? prepared.detector,
      maxBytes: limit,
      progress: flags.progress && !!process.stderr.isTTY,
      pullRefs: flags.pullRefs,
      ...flags.since !== void 0 ? { since: flags.since } : {},
      ...flags.range !== void 0 ? { range: flags.range } : {},
      ...flags.ref.length > 0 ? { refs: flags.ref } : {}
    });
    const { blobs, bytes, ms } = result.stats;
    return (await finish(flags, prepared, root, {
      findings: result.findings,
      skipped: result.skipped,
      stats: { files: blobs, bytes, ms }
    })).code;
  } finally {
    await pool?.close();
  }
}

export {
  historyCommand,
  HISTORY_YOUNG_MB,
  historyOldGenerationMb,
  historyPool,
  poolThreads
};
