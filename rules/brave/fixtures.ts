import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const searchApiKey = (): string => join('BSA', rand(ALNUM, 28));
  return {
    'brave-search-api-key': (() => {
      const [a, b, c] = [searchApiKey(), searchApiKey(), searchApiKey()];
      return {
        truePositives: [
          { text: `BRAVE_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('BSA', rand(ALNUM, 16))}"` },
          { text: `ref = "Q${a}"` },
          { text: `class BSAOptimizerConfigurationFactoryBean {}` },
        ],
      };
    })(),
  };
}
