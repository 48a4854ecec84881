// One `::error` annotation per finding, on the line of the secret, with the secret redacted
// as the `redact` input says. GitHub shows at most 10 error annotations per step and 50 per
// job, so the rest are counted and left to the job summary and the SARIF upload.
import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../scanner/finding.js';
import { prepareFindings } from '../scanner/report/order.js';

export interface Annotation {
  message: string;
  properties: AnnotationProperties;
}

export const MAX_ANNOTATIONS = 50;

export function annotationsFor(
  findings: readonly Finding[],
  redact: boolean | number,
): { annotations: Annotation[]; omitted: number } {
  const shown = prepareFindings(findings, redact);
  const annotations = shown.slice(0, MAX_ANNOTATIONS).map((f) => ({
    message: messageOf(f),
    properties: {
      title: `leakhound: ${f.ruleId}`,
      file: f.file,
      startLine: f.startLine,
      endLine: f.endLine,
      // GitHub ignores columns on multi-line annotations.
      ...(f.startLine === f.endLine && f.secret !== '' ? { startColumn: f.startColumn, endColumn: f.endColumn } : {}),
    },
  }));
  return { annotations, omitted: shown.length - annotations.length };
}

function messageOf(f: Finding): string {
  const where = f.commit ? ` Added in commit ${f.commit.slice(0, 12)}${f.author ? ` by ${f.author}` : ''}.` : '';
  const secret = f.secret === '' ? '' : ` Secret: ${oneLine(f.secret)}.`;
  return (
    `${f.description} at ${f.file}:${f.startLine}.${secret}${where}` +
    ` If it is a real credential, revoke it at its provider: it is in git history now.` +
    ` If it is not, add a leakhound:allow comment on the line or the fingerprint ${f.fingerprint} to .gitleaksignore.`
  );
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '\\n');
}
