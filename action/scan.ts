// Runs the scanner on what resolve.ts decided, with the same config, ignore-file and baseline
// handling as the CLI. Detection runs in this process: the action is one bundled file, and
// the ranges of pushes and pull requests are small.
import { loadConfig } from '../scanner/config/load.js';
import { Detector } from '../scanner/detect/detector.js';
import type { Finding, SkippedInput } from '../scanner/finding.js';
import { scanHistory } from '../scanner/git/history-scan.js';
import { scanRange } from '../scanner/git/scan-range.js';
import { maxBytes } from '../scanner/size-limit.js';
import { dropAllowed } from '../scanner/suppress.js';
import type { Rule } from '../rules/types.js';
import type { Scan } from './resolve.js';

export interface ScanOutcome {
  findings: Finding[];
  skipped: SkippedInput[];
  rules: Rule[];
  /** How many findings the ignore file and the baseline removed. */
  suppressed: number;
}

export interface ScanSettings {
  root: string;
  config?: string;
  baseline?: string;
  warn: (line: string) => void;
}

export async function runScan(scan: Scan, s: ScanSettings): Promise<ScanOutcome> {
  const loaded = await loadConfig({ configPath: s.config, root: s.root });
  for (const w of loaded.config.warnings) s.warn(w);
  const rules = loaded.config.rules;
  if (scan.kind === 'nothing') return { findings: [], skipped: [], rules, suppressed: 0 };
  const detector = new Detector({ rules, allowlists: loaded.config.allowlists });
  const limit = maxBytes(undefined, loaded.config);
  const result =
    scan.kind === 'range'
      ? await scanRange({ repo: s.root, range: scan.range, detector, maxBytes: limit })
      : await scanHistory({ repo: s.root, engine: detector, maxBytes: limit, progress: false });
  const findings = await dropAllowed(result.findings, s.root, s.baseline, s.warn);
  return { findings, skipped: result.skipped, rules, suppressed: result.findings.length - findings.length };
}
