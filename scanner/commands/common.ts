import { loadConfig, type ScanConfig } from '../config/load.js';
import { Detector } from '../detect/detector.js';
import type { DetectorSpec } from '../detect/from-spec.js';
import { UsageError } from '../errors.js';
import type { Finding, SkippedInput } from '../finding.js';
import { writeReport } from '../output.js';
import { dropAllowed } from '../suppress.js';
import { getReporter, type ReportFormat } from '../report/reporter.js';
import type { ScanStats } from '../scan-files.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { timed, timedAsync } from '../profile.js';
import { stderr, stdout } from '../stdio.js';

/** Formats that land in shared places (CI logs, code scanning, CI dashboards) redact by default. */
const REDACTED_BY_DEFAULT: ReadonlySet<string> = new Set(['text', 'sarif', 'junit']);

export interface CommonFlags {
  config?: string;
  baseline?: string;
  format: ReportFormat;
  output?: string;
  redact?: boolean | string;
  threads: number;
  color?: boolean;
  /** --verify / --no-verify; off unless asked, since verifying sends secrets to their providers. */
  verify?: boolean;
  onlyLive?: boolean;
}

export function redactOption(flags: CommonFlags): boolean | number {
  const r = flags.redact;
  if (r === undefined) return REDACTED_BY_DEFAULT.has(flags.format);
  if (typeof r === 'boolean') return r;
  const n = Number(r);
  if (!Number.isInteger(n) || n < 0 || n > 100) {
    throw new UsageError(
      `--redact ${r}: expected a percentage from 0 to 100, e.g. --redact 75, or --redact alone for full`,
    );
  }
  return n === 100 ? true : n === 0 ? false : n;
}

export interface Prepared {
  config: ScanConfig;
  detector: Detector;
  spec: DetectorSpec;
}

/**
 * Loads the config once; the spec lets worker threads rebuild the same detector. `wokenBy`:
 * the texts a staged check will scan, so that without a config file only the rules they can
 * wake load (LoadOptions.wokenBy); the detector then runs in this thread only.
 */
export async function prepare(
  flags: CommonFlags,
  root: string,
  wokenBy?: Promise<readonly string[] | null>,
): Promise<Prepared> {
  if (flags.onlyLive && flags.verify === false) {
    throw new UsageError('--only-live needs verification: drop --no-verify (or drop --only-live)');
  }
  const loaded = await timedAsync('config: load', () => loadConfig({ configPath: flags.config, root, wokenBy }));
  for (const w of loaded.config.warnings) warn(w);
  const detector = timed(
    'config: build the detector',
    () => new Detector({ rules: loaded.config.rules, allowlists: loaded.config.allowlists }),
  );
  return {
    config: loaded.config,
    detector,
    spec: { configText: loaded.text, configFile: loaded.file, extended: loaded.extended },
  };
}

export interface Outcome {
  findings: Finding[];
  skipped: SkippedInput[];
  stats?: ScanStats;
}

export interface Finished {
  /** 1 when anything is left to report, else 0. */
  code: number;
  /** The findings the report holds, after ignores and the baseline. */
  reported: Finding[];
}

/** Drops what `.gitleaksignore` and `--baseline` allow, writes the report, gives the exit code. */
export async function finish(
  flags: CommonFlags,
  prepared: Prepared,
  root: string,
  outcome: Outcome,
): Promise<Finished> {
  const redact = redactOption(flags);
  let findings = await dropAllowed(outcome.findings, root, flags.baseline, warn);
  if (flags.verify === true || flags.onlyLive) {
    // Loaded only when asked: a plain scan never carries the provider clients.
    const { verifyFindings } = await import('../verify/verify-findings.js');
    const { cliProviderContext } = await import('../verify/context.js');
    findings = await verifyFindings(findings, cliProviderContext());
    if (flags.onlyLive) findings = findings.filter((f) => f.verification?.state === 'live');
  }
  const reporter = getReporter(flags.format);
  const text = reporter(
    {
      findings,
      skipped: outcome.skipped,
      rules: prepared.config.rules,
      tool: { name: 'leakhound', version: VERSION, informationUri: HOMEPAGE },
      ...(outcome.stats ? { scanned: outcome.stats } : {}),
    },
    { redact, color: flags.color !== false && !flags.output && !process.env.NO_COLOR && !!stdout().isTTY, root },
  );
  await writeReport(text, flags.output);
  return { code: findings.length > 0 ? 1 : 0, reported: findings };
}

function warn(line: string): void {
  stderr().write(`leakhound: warning: ${line}\n`);
}
