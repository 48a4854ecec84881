import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(ALNUM, 48);
  return {
    'lighton-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `LIGHTON_API_KEY=${a}`, secret: a },
          { text: `lighton_token: "${b}"`, secret: b },
          { text: `lightonApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `LIGHTON_API_KEY=\${LIGHTON_API_KEY}` },
          { text: `LIGHTON_API_KEY=<your-lighton-key>` },
        ],
      };
    })(),
  };
}
