// What the action does: decide the range from the event, fetch what the checkout lacks,
// scan, then report four ways (annotations, job summary, SARIF file, outputs) and fail the
// step on findings unless told not to.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeReport } from '../scanner/output.js';
import { getReporter } from '../scanner/report/reporter.js';
import { HOMEPAGE, VERSION } from '../scanner/version.js';
import { annotationsFor } from './annotations.js';
import { readEvent } from './event.js';
import type { RunOptions } from './inputs.js';
import { planScan } from './plan.js';
import { resolveScan } from './resolve.js';
import { runScan, type ScanOutcome } from './scan.js';
import { summaryMarkdown } from './summary.js';

export interface RunResult {
  findings: number;
  sarifFile: string;
  scanned: string;
}

export async function run(o: RunOptions): Promise<RunResult> {
  const event = await readEvent(o.eventName, o.eventPath);
  const target = planScan(event, o.mode);
  const scan = await core.group('Fetching the history to scan', () => resolveScan(o.repo, target, core.info));
  core.info(`leakhound ${VERSION}: scanning ${scan.description}`);

  const outcome = await runScan(scan, { root: o.repo, config: o.config, baseline: o.baseline, warn: core.warning });
  if (o.redact !== false) maskSecrets(outcome);

  const { annotations, omitted } = annotationsFor(outcome.findings, o.redact);
  for (const a of annotations) core.error(a.message, a.properties);
  if (omitted > 0)
    core.info(`${omitted} more findings are not annotated (GitHub shows a limited number); see the job summary`);

  await writeSarif(o, outcome);
  await writeSummary(o, scan.description, outcome);
  core.setOutput('findings', outcome.findings.length);
  core.setOutput('sarif-file', o.sarifFile);

  const n = outcome.findings.length;
  const verdict = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`;
  if (n > 0 && o.failOnFindings) core.setFailed(`leakhound: ${verdict} in ${scan.description}`);
  else core.info(`leakhound: ${verdict}${n > 0 ? ' (fail-on-findings is false)' : ''}`);
  return { findings: n, sarifFile: o.sarifFile, scanned: scan.description };
}

/**
 * The runner then replaces these strings with *** in every later log line, so a secret that
 * git or a later step happens to print is hidden too. Each line separately: the runner masks
 * a multi-line value only where it appears whole.
 */
function maskSecrets(outcome: ScanOutcome): void {
  const parts = new Set(outcome.findings.flatMap((f) => [f.secret, ...f.secret.split(/\r?\n/)]));
  for (const part of parts) if (part.trim().length >= 4) core.setSecret(part);
}

async function writeSarif(o: RunOptions, outcome: ScanOutcome): Promise<void> {
  const text = getReporter('sarif')(
    {
      findings: outcome.findings,
      skipped: outcome.skipped,
      rules: outcome.rules,
      tool: { name: 'leakhound', version: VERSION, informationUri: HOMEPAGE },
    },
    { redact: o.redact, color: false, root: o.repo },
  );
  await mkdir(dirname(o.sarifFile), { recursive: true });
  await writeReport(text, o.sarifFile);
}

async function writeSummary(o: RunOptions, scanned: string, outcome: ScanOutcome): Promise<void> {
  // Outside a runner (a local test run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const markdown = summaryMarkdown({ scanned, ...outcome, redact: o.redact, ...(o.links ? { links: o.links } : {}) });
  await core.summary.addRaw(markdown).write();
}
