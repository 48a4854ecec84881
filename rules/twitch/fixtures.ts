import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [rand(LOWER + DIGITS, 30), rand(LOWER + DIGITS, 30)];
  return {
    'twitch-oauth-token': {
      truePositives: [
        { text: `PASS oauth:${a}`, secret: a },
        { text: `TWITCH_OAUTH=oauth:${b}`, secret: b },
      ],
      falsePositives: [{ text: `PASS oauth:${rand(LOWER, 12)}` }, { text: 'scopes = "oauth:read"' }],
    },
  };
}
