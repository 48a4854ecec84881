// `--findings REPORT.json`: the findings of an earlier run, leakhound's (`ruleId`, `secret`…)
// or gitleaks' (`RuleID`, `Secret`…), so a rewrite can remove exactly what was reported.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Finding } from '../finding.js';
import { normalizePath } from '../ignore-file.js';

const EXPECTED =
  'expected a JSON report written by leakhound history --format json --no-redact or gitleaks git --report-format json';

export async function loadFindingsFile(file: string): Promise<Finding[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `findings ${file} ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'unknown error'})`}; ${EXPECTED}`,
      { cause: err },
    );
  }
  return parseFindings(text, file);
}

export function parseFindings(text: string, file: string): Finding[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the input, which holds secrets: say only what is wrong.
    throw new InputError(`findings ${file} is not valid JSON; ${EXPECTED}`);
  }
  if (!Array.isArray(data)) throw new InputError(`findings ${file} is not an array of findings; ${EXPECTED}`);
  return data.map((entry, i) => toFinding(entry, `findings ${file}: finding #${i + 1}`));
}

function toFinding(entry: unknown, where: string): Finding {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new InputError(`${where} is not an object; ${EXPECTED}`);
  const e = entry as Record<string, unknown>;
  const pick = (a: string, b: string): unknown => e[a] ?? e[b];
  const ruleId = str(pick('ruleId', 'RuleID'));
  const secret = str(pick('secret', 'Secret'));
  const rawFile = str(pick('file', 'File'));
  if (!ruleId) throw new InputError(`${where} has no ruleId (or RuleID); ${EXPECTED}`);
  if (rawFile === undefined) throw new InputError(`${where} has no file (or File); ${EXPECTED}`);
  if (!secret) throw new InputError(`${where} has no secret (or Secret); ${EXPECTED}`);
  if (secret === 'REDACTED' || /^\*+$/.test(secret) || secret.endsWith('...'))
    throw new InputError(
      `${where} has a redacted secret, which cannot be found in the history; write the report with --no-redact (leakhound) or without --redact (gitleaks)`,
    );
  const line = num(pick('startLine', 'StartLine'));
  const endLine = num(pick('endLine', 'EndLine'));
  const tags = pick('tags', 'Tags');
  return {
    ruleId,
    description: str(pick('description', 'Description')) ?? '',
    severity: 'high',
    secret,
    match: str(pick('match', 'Match')) ?? '',
    file: normalizePath(rawFile),
    startLine: line,
    endLine: endLine || line,
    startColumn: num(pick('startColumn', 'StartColumn')),
    endColumn: num(pick('endColumn', 'EndColumn')),
    commit: (str(pick('commit', 'Commit')) ?? '').toLowerCase(),
    author: '',
    email: '',
    date: '',
    message: '',
    fingerprint: str(pick('fingerprint', 'Fingerprint')) ?? '',
    entropy: 0,
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    secretHash: str(e.secretHash) ?? '',
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
