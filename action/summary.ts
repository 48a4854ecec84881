// The job summary ($GITHUB_STEP_SUMMARY): what was scanned, then one table row per finding
// with links to the file at the commit that added it. Cells are HTML-escaped: file names,
// commit authors and (partly redacted) secrets are untrusted text.
import type { Finding, SkippedInput } from '../scanner/finding.js';
import { prepareFindings } from '../scanner/report/order.js';
import { fileUri } from '../scanner/report/sarif.js';

export interface SummaryInput {
  scanned: string;
  findings: readonly Finding[];
  skipped: readonly SkippedInput[];
  suppressed: number;
  redact: boolean | number;
  /** For links: `https://github.com`, `owner/repo` and the commit checked out. */
  links?: { server: string; repository: string; sha: string };
}

export const MAX_ROWS = 1000;

export function summaryMarkdown(s: SummaryInput): string {
  const findings = prepareFindings(s.findings, s.redact);
  const out = [
    `## leakhound: ${findings.length === 0 ? 'no findings' : plural(findings.length, 'finding')}`,
    '',
    `**Scanned:** ${html(s.scanned)}`,
    '',
  ];
  if (findings.length > 0) {
    out.push('| Severity | Rule | Location | Commit | Secret | Fingerprint |', '|---|---|---|---|---|---|');
    for (const f of findings.slice(0, MAX_ROWS)) out.push(row(f, s.links));
    if (findings.length > MAX_ROWS) out.push('', `…and ${findings.length - MAX_ROWS} more: see the SARIF report.`);
    out.push(
      '',
      'A committed credential is compromised: revoke or rotate it at its provider, then remove it from the code and from history. ' +
        'If a finding is not a secret, add a `leakhound:allow` comment on its line, or add its fingerprint to `.gitleaksignore`.',
    );
  }
  const notes: string[] = [];
  if (s.suppressed > 0) notes.push(`${plural(s.suppressed, 'finding')} suppressed by .gitleaksignore or the baseline`);
  if (s.skipped.length > 0)
    notes.push(`${plural(s.skipped.length, 'file')} not scanned (binary, too large, missing or a submodule)`);
  if (notes.length > 0) out.push('', `_${notes.join('; ')}._`);
  return `${out.join('\n')}\n`;
}

function row(f: Finding, links: SummaryInput['links']): string {
  const at = f.commit || links?.sha;
  const location = `${f.file}:${f.startLine}`;
  const blob = links && at ? `${links.server}/${links.repository}/blob/${at}/${fileUri(f.file)}#L${f.startLine}` : null;
  const commit = f.commit
    ? links
      ? link(`${links.server}/${links.repository}/commit/${f.commit}`, code(f.commit.slice(0, 7)))
      : code(f.commit.slice(0, 7))
    : '';
  return `| ${f.severity} | ${code(f.ruleId)} | ${blob ? link(blob, html(location)) : html(location)} | ${commit} | ${f.secret === '' ? '' : code(f.secret)} | ${code(f.fingerprint)} |`;
}

function link(url: string, text: string): string {
  return `<a href="${html(url)}">${text}</a>`;
}

function code(s: string): string {
  return `<code>${html(s)}</code>`;
}

/** Escapes for an HTML cell inside a markdown table: `|` would end the cell, newlines the row. */
function html(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n/g, ' ');
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}
