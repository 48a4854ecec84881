// JUnit XML in the shape Jenkins, GitLab, Azure Pipelines and the GitHub JUnit actions all
// read: <testsuites><testsuite><testcase>, one failing testcase per finding, one skipped
// testcase per skipped input, and one passing testcase when nothing was found so the CI view
// shows green rather than "no tests".
import type { Finding, SkippedInput } from '../finding.js';
import { prepareFindings, sortSkipped } from './order.js';
import type { Reporter } from './reporter.js';
import { skipLabel } from './skipped.js';

const SUITE = 'leakhound';

export const junit: Reporter = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact);
  const skipped = sortSkipped(input.skipped);
  const cases = [
    ...findings.map(failedCase),
    ...skipped.map(skippedCase),
    ...(findings.length === 0 ? [passingCase()] : []),
  ];
  const time = ((input.scanned?.ms ?? 0) / 1000).toFixed(3);
  const counts = attrs({
    tests: cases.length,
    failures: findings.length,
    errors: 0,
    skipped: skipped.length,
    time,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: SUITE })} ${counts}>`,
    `  <testsuite ${attrs({ name: SUITE })} ${counts}>`,
    ...cases.map((c) => `    ${c}`),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function failedCase(f: Finding): string {
  const where = `${f.file}:${f.startLine}:${f.startColumn}`;
  const details = [
    `rule: ${f.ruleId}`,
    `description: ${f.description}`,
    `severity: ${f.severity}`,
    `location: ${where}`,
    `secret: ${f.secret}`,
    `match: ${f.match}`,
    ...(f.commit ? [`commit: ${f.commit}`, `author: ${f.author}`, `date: ${f.date}`] : []),
    `fingerprint: ${f.fingerprint}`,
  ].join('\n');
  const head = attrs({
    // Readers that split classname on dots show `leakhound` › `<rule id>`.
    classname: `${SUITE}.${f.ruleId}`,
    name: `${f.ruleId} at ${where}`,
    file: f.file,
    line: f.startLine,
    time: '0',
  });
  const failure = attrs({ message: `${f.description} in ${where}`, type: f.ruleId });
  return `<testcase ${head}>\n      <failure ${failure}>${escapeText(details)}</failure>\n    </testcase>`;
}

function skippedCase(s: SkippedInput): string {
  const head = attrs({ classname: `${SUITE}.skipped`, name: `skipped ${s.file}`, file: s.file, time: '0' });
  const message = `${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ''}`;
  return `<testcase ${head}>\n      <skipped ${attrs({ message })}/>\n    </testcase>`;
}

function passingCase(): string {
  return `<testcase ${attrs({ classname: SUITE, name: 'no secrets found', time: '0' })}/>`;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${escapeAttr(String(v))}"`)
    .join(' ');
}

/**
 * XML 1.0 cannot carry most C0 controls, lone surrogates, U+FFFE or U+FFFF even as character
 * references, so they are dropped; a parser would otherwise reject the whole report.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content; CR is encoded because parsers fold CRLF to LF. */
export function escapeText(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and encode tab and LF so parsers do not fold them to spaces. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
