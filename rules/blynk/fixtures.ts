import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [rand(BASE64URL, 32), rand(BASE64URL, 32)];
  return {
    'blynk-device-token': {
      truePositives: [
        { text: `curl "https://fra1.blynk.cloud/external/api/get?token=${a}&V1"`, secret: a },
        { text: `#define BLYNK_AUTH_TOKEN "${b}"`, secret: b },
      ],
      falsePositives: [
        { text: '#define BLYNK_AUTH_TOKEN "YourAuthToken"' },
        { text: '#define BLYNK_TEMPLATE_NAME "Greenhouse"' },
      ],
    },
  };
}
