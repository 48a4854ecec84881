import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'mailjet-secret-key': {
      truePositives: [
        { text: `MJ_APIKEY_PRIVATE=${a}`, secret: a },
        { text: `export MJ_APIKEY_PRIVATE="${b}"`, secret: b },
        { text: `env:\n  MJ_APIKEY_PRIVATE: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MJ_APIKEY_PRIVATE=abc12` },
        { text: `MJ_APIKEY_PRIVATE=${'$'}{MJ_APIKEY_PRIVATE}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
