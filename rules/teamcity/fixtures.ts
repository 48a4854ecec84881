import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('eyJ0eXAiOiAiVENWMiJ9.', rand(BASE64URL, 36), '.', rand(BASE64URL, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('eyJ0eXAiOiAiVENWMiJ9.', rand(BASE64URL, 36), '.', rand(BASE64URL, 45));
  return {
    'teamcity-access-token': {
      truePositives: [
        { text: `TEAMCITY_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
