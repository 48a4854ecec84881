import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const make = (): string => join('00D', rand(ALNUM, 12), '!', rand(ALNUM, 96));
    const [a, b, c] = [make(), make(), make()];
    const short = join('00D', rand(ALNUM, 12), '!', rand(ALNUM, 40));
    out['salesforce-access-token'] = {
      truePositives: [
        { text: `SF_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  {
    const make = (): string => join('5Aep861', rand(ALNUM, 85));
    const [a, b, c] = [make(), make(), make()];
    const short = join('5Aep861', rand(ALNUM, 40));
    out['salesforce-refresh-token'] = {
      truePositives: [
        { text: `SF_REFRESH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  return out;
}
