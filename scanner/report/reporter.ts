// The report stage: one Reporter per output format, each a pure function from the scan's
// results to the text to write. Writing it (stdout or --output) is the CLI's job.
import type { Finding, SkippedInput } from '../finding.js';
import type { Rule } from '../../rules/types.js';
import { csv } from './csv.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { text } from './text.js';

export { redactFinding } from './redact.js';

export interface ReportInput {
  findings: Finding[];
  skipped: SkippedInput[];
  /** Every rule that was active, for SARIF descriptors. */
  rules: Rule[];
  tool: { name: 'leakhound'; version: string; informationUri: string };
  scanned?: { files: number; bytes: number; ms: number };
}

export interface ReportOptions {
  /** `true` = full, a number = percent of the secret to hide (gitleaks `--redact=N`). */
  redact: boolean | number;
  color: boolean;
  /** Absolute scan root; SARIF records it as the base of its relative URIs. */
  root?: string;
}

export type Reporter = (input: ReportInput, options: ReportOptions) => string;

export type ReportFormat = 'text' | 'json' | 'sarif' | 'csv' | 'junit';

export function getReporter(format: ReportFormat): Reporter {
  switch (format) {
    case 'text':
      return text;
    case 'json':
      return json;
    case 'sarif':
      return sarif;
    case 'csv':
      return csv;
    case 'junit':
      return junit;
  }
}
