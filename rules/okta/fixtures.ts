import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('00', rand(BASE64URL, 40));
  const [a, b] = [make(), make()];
  return {
    'okta-api-token': {
      truePositives: [
        { text: `OKTA_API_TOKEN=${a}`, secret: a },
        { text: `# okta client\nclient = Client(key="${b}")`, secret: b },
      ],
      falsePositives: [{ text: `ref = "${a}"` }, { text: `OKTA_API_TOKEN=changeme` }],
    },
  };
}
