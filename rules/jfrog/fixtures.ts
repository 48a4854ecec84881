import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const make = (): string => join('AKCp', rand(ALNUM, 69));
    const [a, b, c] = [make(), make(), make()];
    const short = join('AKCp', rand(ALNUM, 66));
    out['jfrog-api-key'] = {
      truePositives: [
        { text: `ARTIFACTORY_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  {
    const make = (): string => join('cmVmdGtuOjAxOj', rand(ALNUM, 70));
    const [a, b, c] = [make(), make(), make()];
    const short = join('cmVmdGtuOjAxOj', rand(ALNUM, 39));
    out['jfrog-reference-token'] = {
      truePositives: [
        { text: `JFROG_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  return out;
}
