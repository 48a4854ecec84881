import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('md-', rand(BASE64URL, 22));
  const [a, b] = [make(), make()];
  return {
    'mandrill-api-key': {
      truePositives: [
        { text: `MANDRILL_API_KEY=${a}`, secret: a },
        { text: `# mandrill client\nclient = Client(key="${b}")`, secret: b },
      ],
      falsePositives: [{ text: `ref = "${a}"` }, { text: `MANDRILL_API_KEY=changeme` }],
    },
  };
}
