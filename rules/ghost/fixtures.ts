import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join(rand(HEX, 24), ':', rand(HEX, 64));
  const [a, b] = [make(), make()];
  return {
    'ghost-admin-api-key': {
      truePositives: [
        { text: `GHOST_ADMIN_API_KEY=${a}`, secret: a },
        { text: `# ghost client\nclient = Client(key="${b}")`, secret: b },
      ],
      falsePositives: [{ text: `ref = "${a}"` }, { text: `GHOST_ADMIN_API_KEY=changeme` }],
    },
  };
}
