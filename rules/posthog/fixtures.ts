import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('phx_', rand(`${ALNUM}_`, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('phx_', rand(`${ALNUM}_`, 40));
  return {
    'posthog-personal-api-key': {
      truePositives: [
        { text: `POSTHOG_PERSONAL_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
