// Human output: findings grouped by file, then a summary and what was skipped. Colour follows
// options.color (the CLI decides from --no-color, NO_COLOR and the TTY), never the environment.
import pc from 'picocolors';
import type { Finding, SkippedInput } from '../finding.js';
import type { Severity } from '../../rules/types.js';
import { prepareFindings, sortSkipped } from './order.js';
import type { Reporter } from './reporter.js';
import { countByReason, plural, skipLabel } from './skipped.js';

type Colors = ReturnType<typeof pc.createColors>;

export const text: Reporter = (input, options) => {
  const c = pc.createColors(options.color);
  const findings = prepareFindings(input.findings, options.redact);
  const out: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== undefined) out.push('');
      file = f.file;
      out.push(c.bold(c.underline(printable(f.file))));
    }
    out.push(...finding(f, c));
  }
  if (findings.length > 0) out.push('');
  out.push(summary(findings, input.scanned, c));
  out.push(...skippedNote(sortSkipped(input.skipped), c));
  return `${out.join('\n')}\n`;
};

function finding(f: Finding, c: Colors): string[] {
  const field = (label: string, value: string) => `    ${c.dim(label.padEnd(13))}${value}`;
  const lines = [
    `  ${severityLabel(f.severity, c)} ${c.bold(printable(f.ruleId))}  ${printable(f.description)}`,
    field('location', `${printable(f.file)}:${f.startLine}:${f.startColumn}`),
    field('secret', printable(f.secret)),
  ];
  if (f.commit) lines.push(field('commit', printable(f.commit)));
  if (f.author || f.email) {
    const who = [f.author, f.email && `<${f.email}>`].filter(Boolean).join(' ');
    lines.push(field('author', printable(who)));
  }
  if (f.date) lines.push(field('date', printable(f.date)));
  lines.push(field('fingerprint', printable(f.fingerprint)));
  return lines;
}

const SEVERITY_COLOR: Record<Severity, (c: Colors) => (s: string) => string> = {
  critical: (c) => (s) => c.bold(c.red(s)),
  high: (c) => c.red,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim,
};

function severityLabel(severity: Severity, c: Colors): string {
  return SEVERITY_COLOR[severity](c)(severity.toUpperCase().padEnd(8));
}

function summary(
  findings: Finding[],
  scanned: { files: number; bytes: number; ms: number } | undefined,
  c: Colors,
): string {
  const files = new Set(findings.map((f) => f.file)).size;
  const head =
    findings.length === 0
      ? c.green('No findings')
      : c.red(`${plural(findings.length, 'finding')} in ${plural(files, 'file')}`);
  if (!scanned) return head;
  const stats = `${plural(scanned.files, 'file')}, ${formatBytes(scanned.bytes)} scanned in ${formatMs(scanned.ms)}`;
  return `${head} (${stats})`;
}

function skippedNote(skipped: SkippedInput[], c: Colors): string[] {
  if (skipped.length === 0) return [];
  const counts = countByReason(skipped)
    .map(([reason, n]) => `${n} ${skipLabel(reason)}`)
    .join(', ');
  const width = Math.max(...skipped.map((s) => skipLabel(s.reason).length)) + 2;
  return [
    c.yellow(`${skippedCount(skipped)} skipped: ${counts}`),
    ...skipped.map(
      (s) =>
        `  ${c.dim(skipLabel(s.reason).padEnd(width))}${printable(s.file)}${s.detail ? ` (${printable(s.detail)})` : ''}`,
    ),
  ];
}

/** "3 files", "1 folder", "2 files and 1 folder": a skipped folder is listed as one entry, ending in `/`. */
function skippedCount(skipped: SkippedInput[]): string {
  const folders = skipped.filter((s) => s.reason === 'dependency-folder').length;
  const files = skipped.length - folders;
  if (folders === 0) return plural(files, 'file');
  if (files === 0) return plural(folders, 'folder');
  return `${plural(files, 'file')} and ${plural(folders, 'folder')}`;
}

/** Decimal units, one decimal place: 1.2 MB is 1,200,000 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let value = bytes / 1000;
  // Compare the rounded value, so 999,960 bytes reads 1.0 MB rather than 1000.0 kB.
  while (Number(value.toFixed(1)) >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${value.toFixed(1)} ${units[i]}`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Control characters shown as escapes: a secret spanning lines stays on one line, and an
 * ESC in a file name, commit message or secret cannot drive the reader's terminal.
 */
export function printable(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it escapes.
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
