import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'zendesk-api-token': {
      truePositives: [
        { text: `ZENDESK_API_TOKEN=${a}`, secret: a },
        { text: `export ZENDESK_API_TOKEN="${b}"`, secret: b },
        { text: `env:\n  ZENDESK_API_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ZENDESK_API_TOKEN=abc12` },
        { text: `ZENDESK_API_TOKEN=${'$'}{ZENDESK_API_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
