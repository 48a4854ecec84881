import {
  allowHint
} from "./chunk-ERMFWAT4.js";
import {
  scanRange,
  scanStaged,
  stagedChanges
} from "./chunk-LCNO2CB7.js";
import "./chunk-M5L3JCM4.js";
import "./chunk-O2XT5SFJ.js";
import {
  parseRange,
  parseSize
} from "./chunk-EC4PLEA3.js";
import {
  finish,
  prepare,
  withCommonFlags
} from "./chunk-DU5JOKFC.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-YJLJGAOO.js";
import "./chunk-SFKXYP7S.js";
import "./chunk-5WLX44ZZ.js";
import "./chunk-SS3HYVL3.js";
import {
  repoRoot
} from "./chunk-PT7S5KNZ.js";
import "./chunk-ZYF5IGMZ.js";
import "./chunk-AAFSZNJ2.js";
import "./chunk-EHNPBCAK.js";
import {
  UsageError
} from "./chunk-WKZTSYGD.js";

// scanner/commands/diff.ts
import { Command } from "commander";
function diffCommand(run) {
  const cmd = new Command("diff").description("scan only added lines: the staged changes (pre-commit) or the commits of a push or pull request").option("--staged", "the index against HEAD: what the next commit adds").option("--range <A..B>", "the commits B adds over A (A may be all zeros for a new branch)", parseRange).option("--repo <dir>", "repository to scan", ".").option(
    "--max-file-size <MB>",
    `skip blobs larger than this many megabytes (default ${DEFAULT_MAX_MB})`,
    parseSize
  );
  withCommonFlags(cmd);
  return cmd.action(async (flags) => run(await diff(flags)));
}
async function diff(flags) {
  if (!!flags.staged === (flags.range !== void 0)) {
    throw new UsageError("diff: give exactly one of --staged or --range A..B, e.g. leakhound diff --staged");
  }
  const staged = flags.staged ? stagedChanges(flags.repo) : null;
  staged?.catch(() => {
  });
  const root = await repoRoot(flags.repo);
  const prepared = await prepare(flags, root);
  const options = { repo: root, detector: prepared.detector, maxBytes: maxBytes(flags.maxFileSize, prepared.config) };
  const result = staged ? await scanStaged(options, staged) : await scanRange({ ...options, range: flags.range });
  const done = await finish(flags, prepared, root, { findings: result.findings, skipped: result.skipped });
  if (done.code === 1 && flags.staged && flags.format === "text" && !flags.output) {
    process.stderr.write(`
${allowHint(done.reported, "commit")}`);
  }
  return done.code;
}
export {
  diffCommand
};
