// How a value is written down in each kind of file: assignments in the naming convention of
// the language, and uses that do not name it at all.
import type { Rng } from './rng.js';

export type Lang = 'env' | 'yaml' | 'json' | 'js' | 'ts' | 'py' | 'go' | 'md' | 'sh' | 'props' | 'tf' | 'docker';

const upper = (w: string[]): string => w.join('_').toUpperCase();
const snake = (w: string[]): string => w.join('_');
const camel = (w: string[]): string => w.map((x, i) => (i === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join('');
const pascal = (w: string[]): string => w.map((x) => x[0]!.toUpperCase() + x.slice(1)).join('');
const dotted = (w: string[]): string => w.join('.');

type Form = (n: string[], v: string, ind: string) => string;

const ASSIGN: Record<Lang, Form[]> = {
  env: [(n, v) => `${upper(n)}=${v}`, (n, v) => `${upper(n)}="${v}"`, (n, v) => `export ${upper(n)}=${v}`],
  yaml: [
    (n, v, i) => `${i}${snake(n)}: ${v}`,
    (n, v, i) => `${i}${snake(n)}: "${v}"`,
    (n, v, i) => `${i}${upper(n)}: '${v}'`,
  ],
  json: [(n, v, i) => `${i}"${camel(n)}": "${v}",`, (n, v, i) => `${i}"${upper(n)}": "${v}",`],
  js: [
    (n, v) => `const ${camel(n)} = '${v}';`,
    (n, v, i) => `${i}${camel(n)}: "${v}",`,
    (n, v) => `export const ${upper(n)} = "${v}";`,
  ],
  ts: [
    (n, v) => `const ${camel(n)}: string = '${v}';`,
    (n, v, i) => `${i}${camel(n)}: "${v}",`,
    (n, v) => `export const ${upper(n)} = "${v}";`,
  ],
  py: [
    (n, v) => `${upper(n)} = "${v}"`,
    (n, v) => `${snake(n)} = os.getenv("${upper(n)}", "${v}")`,
    (n, v, i) => `${i}"${snake(n)}": "${v}",`,
  ],
  go: [
    (n, v) => `const ${camel(n)} = "${v}"`,
    (n, v, i) => `${i}${camel(n)} := "${v}"`,
    (n, v, i) => `${i}${pascal(n)}: "${v}",`,
  ],
  md: [(n, v) => `export ${upper(n)}=${v}`, (n, v) => `${snake(n)}: ${v}`],
  sh: [(n, v) => `export ${upper(n)}="${v}"`, (n, v) => `${upper(n)}=${v} ./scripts/deploy.sh`],
  props: [(n, v) => `${dotted(n)}=${v}`, (n, v) => `${dotted(n)} = ${v}`],
  tf: [(n, v, i) => `${i}${snake(n)} = "${v}"`],
  docker: [(n, v) => `ENV ${upper(n)}=${v}`, (n, v) => `ARG ${upper(n)}=${v}`],
};

const BEARER: Record<Lang, string[]> = {
  env: [],
  yaml: ['    Authorization: "Bearer $V"'],
  json: ['    "Authorization": "Bearer $V",'],
  js: ['  headers: { Authorization: `Bearer $V` },', "const client = new ApiClient('$V');"],
  ts: ['  headers: { Authorization: `Bearer $V` },', "const client = new ApiClient('$V');"],
  py: ['resp = requests.get(url, headers={"Authorization": "Bearer $V"})'],
  go: ['\treq.Header.Set("Authorization", "Bearer $V")'],
  md: ['curl -H "Authorization: Bearer $V" https://api.acme-corp.io/v1/status'],
  sh: ['curl -fsS -H "Authorization: Bearer $V" "$API_URL/v1/deploy"'],
  props: [],
  tf: [],
  docker: [],
};

/** Lines that hold `value`: a named assignment, or (when the name is not needed) a plain use. */
export function render(
  r: Rng,
  lang: Lang,
  name: string[],
  value: string,
  opts: { byName?: boolean; usage?: string[] } = {},
): string[] {
  const ind = lang === 'go' ? '\t' : r.pick(['', '  ', '    ']);
  const uses = opts.usage ?? BEARER[lang];
  let line: string;
  if (!opts.byName && uses.length > 0 && r.chance(0.3)) line = r.pick(uses).replace('$V', () => value);
  else line = r.pick(ASSIGN[lang])(name, value, ind);
  return lang === 'md' ? ['```bash', line, '```'] : [line];
}
