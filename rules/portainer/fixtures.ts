import { BASE64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('ptr_', rand(BASE64, 53));
  const [a, b, c] = [make(), make(), make()];
  const short = join('ptr_', rand(BASE64, 42));
  return {
    'portainer-access-token': {
      truePositives: [
        { text: `PORTAINER_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
