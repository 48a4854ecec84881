// The flags every scanning command shares, as commander options. Apart from common.ts so that
// the hooks' fast path (hook-invocation.ts), which never loads commander, can use the rest.
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { COMMON_DEFAULTS, FORMATS } from './flag-defaults.js';

/** Adds the flags every scanning command shares. */
export function withCommonFlags(cmd: Command): Command {
  return cmd
    .option(
      '-c, --config <file>',
      'gitleaks-style TOML config (default: leakhound.toml or .gitleaks.toml at the scan root)',
    )
    .option('-b, --baseline <report.json>', 'suppress findings already in this earlier JSON report')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default(COMMON_DEFAULTS.format))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--redact [percent]', 'hide secrets in the report (optionally only this percentage of each)')
    .option('--no-redact', 'show secrets in full, even in text, SARIF and JUnit reports')
    .option('-t, --threads <n>', 'detection threads (0 = one per core)', parseThreads, COMMON_DEFAULTS.threads)
    .option('--no-color', 'plain text output even on a terminal')
    .option('--verify', "ask each secret's provider whether it works (sends the secret to that provider only)")
    .option('--no-verify', 'never contact providers (the default)')
    .option('--only-live', 'report only findings whose secret verifies live (implies --verify)');
}

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) {
    throw new UsageError(`--threads ${value}: expected a whole number from 0 (one per core) to 256, e.g. --threads 4`);
  }
  return n;
}
