import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('aact_prod_', rand(ALNUM, 80));
  return {
    'asaas-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `ASAAS_API_KEY=$${a}`, secret: a },
          { text: `{"access_token": "$${b}"}`, secret: b },
          { text: `client = Asaas(api_key='$${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "$${join('aact_prod_', rand(ALNUM, 12))}"` },
          { text: `ref = "Q$${a}"` },
          { text: `ref = "${a}"` },
        ],
      };
    })(),
  };
}
