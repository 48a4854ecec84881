import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'expo-access-token': {
      truePositives: [
        { text: `EXPO_TOKEN=${a}`, secret: a },
        { text: `export EXPO_TOKEN="${b}"`, secret: b },
        { text: `env:\n  EXPO_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `EXPO_TOKEN=abc12` },
        { text: `EXPO_TOKEN=${'$'}{EXPO_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
