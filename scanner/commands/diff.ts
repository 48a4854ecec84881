import { Command } from 'commander';
import { DEFAULT_MAX_MB } from '../size-limit.js';
import { withCommonFlags } from './common-flags.js';
import { diff, type DiffFlags } from './diff-run.js';
import { parseRange, parseSize } from './parse-flags.js';

export function diffCommand(run: (code: number) => void): Command {
  const cmd = new Command('diff')
    .description('scan only added lines: the staged changes (pre-commit) or the commits of a push or pull request')
    .option('--staged', 'the index against HEAD: what the next commit adds')
    .option('--range <A..B>', 'the commits B adds over A (A may be all zeros for a new branch)', parseRange)
    .option('--repo <dir>', 'repository to scan', '.')
    .option(
      '--max-file-size <MB>',
      `skip blobs larger than this many megabytes (default ${DEFAULT_MAX_MB}); with --staged, files with more changed text`,
      parseSize,
    );
  withCommonFlags(cmd);
  return cmd.action(async (flags: DiffFlags) => run(await diff(flags)));
}
