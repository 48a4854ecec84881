import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(LOWER + DIGITS, 32);
  return {
    'privateai-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `PRIVATE_AI_API_KEY=${a}`, secret: a },
          { text: `private_ai_key: "${b}"`, secret: b },
          { text: `privateAiApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `PRIVATE_AI_API_KEY=\${PRIVATE_AI_API_KEY}` },
          { text: `PRIVATE_AI_API_KEY=<your-privateai-key>` },
        ],
      };
    })(),
  };
}
