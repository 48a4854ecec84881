
import {
  allowHint
} from "./chunk-L3UKVJOD.js";
import {
  scanRange,
  scanStaged,
  stagedChanges,
  stagedRoot,
  wokenBy
} from "./chunk-4PYOUWQ7.js";
import {
  parseRange,
  parseSize,
  withCommonFlags
} from "./chunk-R4NQNWEB.js";
import {
  finish,
  prepare
} from "./chunk-P4UQYOKK.js";
import "./chunk-RUVFUWJW.js";
import "./chunk-53WM7YTZ.js";
import "./chunk-ZN2W5AOT.js";
import {
  Command
} from "./chunk-3ALUMOXC.js";
import "./chunk-RZFO5LEI.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-N2KV542Q.js";
import "./chunk-UWE46DXH.js";
import "./chunk-PDOE43YA.js";
import {
  repoRoot
} from "./chunk-YA2IG465.js";
import "./chunk-4TOYK3YW.js";
import "./chunk-EH5Z73WF.js";
import {
  UsageError
} from "./chunk-NS4ILB2U.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";

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
    process.stderr.write(`
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
