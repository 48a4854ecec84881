import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = join('https://hooks.zapier.com/hooks/catch/', rand(DIGITS, 8), '/', rand(LOWER + DIGITS, 7), '/');
  return {
    'zapier-webhook-url': {
      truePositives: [{ text: `ZAPIER_HOOK=${a}`, secret: a }],
      falsePositives: [
        { text: 'https://hooks.zapier.com/hooks/catch/123/abc/' },
        { text: 'https://hooks.zapier.com/hooks/catch/<account>/<hook>/' },
      ],
    },
  };
}
