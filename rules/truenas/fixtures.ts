import { ALNUM, DIGITS, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join(rand(DIGITS, 2), '-', rand(ALNUM, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join(rand(DIGITS, 2), '-', rand(ALNUM, 61));
  return {
    'truenas-api-key': {
      truePositives: [
        { text: `TRUENAS_API_KEY=${a}`, secret: a },
        { text: `# TrueNAS backup job\n{"token": "${b}"}`, secret: b },
        { text: `curl -H "Authorization: Bearer ${c}" https://nas.local/api/v2.0/pool`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }, { text: `ref = "${b}"` }],
    },
  };
}
