import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const authtoken = (): string => join('2', rand(ALNUM, 26), '_', rand(ALNUM, 21));
  return {
    'ngrok-authtoken': (() => {
      const [a, b, c] = [authtoken(), authtoken(), authtoken()];
      return {
        truePositives: [
          { text: `NGROK_AUTHTOKEN=${a}`, secret: a },
          { text: `authtoken: "${b}"`, secret: b },
          { text: `ngrok_api_key = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `NGROK_AUTHTOKEN=\${NGROK_AUTHTOKEN}` },
          { text: `NGROK_AUTHTOKEN=<your-ngrok-key>` },
        ],
      };
    })(),
  };
}
