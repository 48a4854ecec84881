// The rules' own fixtures, each case in a file of its own: true positives are planted (their
// contexts are the ones rule authors thought of), false positives are look-alikes. Several
// rounds with different seeds give fresh values. Each case is alone in its file because a
// rule's keyword may come from anywhere in a file, and a neighbour's keyword would change
// what a false positive means.
import { seed } from '../../../rules/fixture-kit.js';
import { allFixtures } from '../../../rules/fixtures.js';
import type { RuleCase } from '../../../rules/types.js';
import type { OwnFile, Plant } from './blocks.js';

export interface EchoFiles {
  planted: OwnFile[];
  lookAlikes: OwnFile[];
  /** True positives whose secret could not be located in their text. */
  unlocated: number;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

export function fixtureEcho(rounds: number, seedBase: number): EchoFiles {
  const out: EchoFiles = { planted: [], lookAlikes: [], unlocated: 0 };
  for (let round = 0; round < rounds; round++) {
    seed(seedBase + round);
    const cases: [string, RuleCase[], RuleCase[]][] = [];
    for (const f of allFixtures)
      for (const [id, fx] of Object.entries(f())) cases.push([id, fx.truePositives, fx.falsePositives]);
    const secrets = new Set(cases.flatMap(([, tps]) => tps.map((c) => c.secret).filter((s): s is string => !!s)));
    for (const [id, tps, fps] of cases) {
      tps.forEach((c, i) => {
        const plants = locate(c.text, secrets, id);
        if (plants.length === 0) out.unlocated++;
        else out.planted.push(file(`fixture-cases/${id}/r${round}-tp${i}`, c, plants));
      });
      for (const [i, c] of fps.entries()) out.lookAlikes.push(file(`fixture-cases/${id}/r${round}-fp${i}`, c, []));
    }
  }
  return out;
}

function file(stem: string, c: RuleCase, plants: Plant[]): OwnFile {
  const name = c.path ? `${stem}/${c.path}` : `${stem}.txt`;
  return { name, lines: c.text.split('\n'), plants };
}

/** Every known true-positive secret in `text`, literally or inside a base64 run (two levels deep). */
function locate(text: string, secrets: Set<string>, kind: string): Plant[] {
  const plants: Plant[] = [];
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
  for (const s of secrets) {
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1))
      plants.push({ at: lineAt(i), secret: s, kind: `fixture:${kind}`, provider: 'fixture' });
  }
  if (plants.length > 0) return plants;
  for (const m of text.matchAll(BASE64_RUN)) {
    const once = Buffer.from(m[0], 'base64').toString('latin1');
    const twice = [...once.matchAll(BASE64_RUN)].map((n) => Buffer.from(n[0], 'base64').toString('latin1')).join('\n');
    for (const s of secrets) {
      if (once.includes(s) || twice.includes(s))
        plants.push({ at: lineAt(m.index), secret: s, alt: [m[0]], kind: `fixture:${kind}`, provider: 'fixture' });
    }
  }
  return plants;
}
