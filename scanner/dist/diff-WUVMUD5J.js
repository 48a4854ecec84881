
import {
  allowHint
} from "./chunk-PYGNQSHO.js";
import {
  scanRange,
  scanStaged,
  stagedChanges,
  stagedRoot,
  wokenBy
} from "./chunk-ZN37QQAL.js";
import {
  parseRange,
  parseSize,
  withCommonFlags
} from "./chunk-4QZWW2IB.js";
import {
  finish,
  prepare
} from "./chunk-NP74E7BZ.js";
import {
  stderr
} from "./chunk-PZARZYLK.js";
import "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import {
  Command
} from "./chunk-GMTDVJWK.js";
import "./chunk-LSFDFXDP.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-GQ2ZQSK3.js";
import {
  repoRoot
} from "./chunk-6LZDPEPI.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import {
  UsageError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/diff-run.ts
async function diff(flags) {
  if (!!flags.staged === (flags.range !== void 0)) {
    throw new UsageError("diff: give exactly one of --staged or --range A..B, e.g. leakhound diff --staged");
  }
  const staged = flags.staged ? stagedChanges(flags.repo, maxBytes(flags.maxFileSize, {})) : null;
  staged?.catch(() => {
  });
  const root = await (flags.staged ? stagedRoot : repoRoot)(flags.repo);
  const prepared = await prepare(flags, root, staged && flags.format !== "sarif" ? wokenBy(staged) : void 0);
  const options = { repo: root, detector: prepared.detector, maxBytes: maxBytes(flags.maxFileSize, prepared.config) };
  const result = staged ? await scanStaged(options, staged) : await scanRange({ ...options, range: flags.range });
  const done = await finish(flags, prepared, root, { findings: result.findings, skipped: result.skipped });
  if (done.code === 1 && flags.staged && flags.format === "text" && !flags.output) {
    stderr().write(`
${allowHint(done.reported, "commit")}`);
  }
  return done.code;
}

// scanner/commands/diff.ts
function diffCommand(run) {
  const cmd = new Command("diff").description("scan only added lines: the staged changes (pre-commit) or the commits of a push or pull request").option("--staged", "the index against HEAD: what the next commit adds").option("--range <A..B>", "the commits B adds over A (A may be all zeros for a new branch)", parseRange).option("--repo <dir>", "repository to scan", ".").option(
    "--max-file-size <MB>",
    `skip blobs larger than this many megabytes (default ${DEFAULT_MAX_MB}); with --staged, files with more changed text`,
    parseSize
  );
  withCommonFlags(cmd);
  return cmd.action(async (flags) => run(await diff(flags)));
}
export {
  diffCommand
};
