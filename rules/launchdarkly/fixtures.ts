import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string =>
    join('sdk-', [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-'));
  const [a, b] = [make(), make()];
  return {
    'launchdarkly-key': {
      truePositives: [
        { text: `LAUNCHDARKLY_SDK_KEY=${a}`, secret: a },
        { text: `# launchdarkly client\nclient = Client(key="${b}")`, secret: b },
      ],
      falsePositives: [{ text: `ref = "${a}"` }, { text: `LAUNCHDARKLY_SDK_KEY=changeme` }],
    },
  };
}
