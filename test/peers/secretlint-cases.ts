// Reads secretlint's own test cases (../shared/peer-fixtures/secretlint/cases/<rule>/<case>/):
// the input file and output.json, secretlint's expected messages for it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface PeerMessage {
  /** 1-based, as secretlint reports them. */
  line: number;
  endLine: number;
  messageId: string;
  /** The matched value from `data`, when the message names one (not just a file name). */
  value: string | null;
}

export interface PeerCase {
  /** `<rule>/<case>`, e.g. `slack/ng.bot-token`. */
  key: string;
  provider: string;
  /** The input's file name (`input.txt`, `.npmrc`, `package.json`, …): path-scoped rules need it. */
  inputName: string;
  bytes: Buffer;
  /** A .secretlintrc.json sits beside the input: the case exercises a secretlint option. */
  hasOptions: boolean;
  messages: PeerMessage[];
}

interface OutputJson {
  filePath: string;
  messages: {
    messageId: string;
    loc: { start: { line: number }; end: { line: number } };
    data?: Record<string, unknown>;
  }[];
}

function stringValueIn(data: Record<string, unknown> | undefined): string | null {
  for (const [k, v] of Object.entries(data ?? {}))
    if (typeof v === 'string' && k !== 'typeName' && k !== 'FILE_NAME') return v;
  return null;
}

export function loadCases(root: string): PeerCase[] {
  const cases: PeerCase[] = [];
  const casesDir = join(root, 'cases');
  for (const provider of readdirSync(casesDir).sort()) {
    for (const name of readdirSync(join(casesDir, provider)).sort()) {
      const dir = join(casesDir, provider, name);
      const out = JSON.parse(readFileSync(join(dir, 'output.json'), 'utf8')) as OutputJson;
      const inputName = basename(out.filePath);
      cases.push({
        key: `${provider}/${name}`,
        provider,
        inputName,
        bytes: readFileSync(join(dir, inputName)),
        hasOptions: existsSync(join(dir, '.secretlintrc.json')),
        messages: out.messages.map((m) => ({
          line: m.loc.start.line,
          endLine: m.loc.end.line,
          messageId: m.messageId,
          value: stringValueIn(m.data),
        })),
      });
    }
  }
  return cases;
}
