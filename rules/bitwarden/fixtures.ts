import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const uuid = (): string =>
    join(rand(HEX, 8), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 12));
  const gen0 = (): string => rand(ALNUM, 30);
  return {
    'bitwarden-api-key-client-secret': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `{"user_${uuid()}_token_apiKeyClientSecret": "${a}"}`, secret: a },
          { text: `  "user_${uuid()}_token_apiKeyClientSecret":"${b}",`, secret: b },
          { text: `{"user_${uuid()}_token_apiKeyClientSecret" : "${c}"}`, secret: c },
        ],
        falsePositives: [
          { text: `{"user_${uuid()}_token_apiKeyClientSecret": "abc"}` },
          { text: `{"user_${uuid()}_token_apiKeyClientId": "user.${uuid()}"}` },
        ],
      };
    })(),
  };
}
