import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = rand(BASE64URL, 22);
  return {
    'ifttt-webhook-key': {
      truePositives: [{ text: `curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/${a}`, secret: a }],
      falsePositives: [
        { text: 'https://maker.ifttt.com/trigger/{event}/with/key/{your_key}' },
        { text: `https://maker.ifttt.com/trigger/x/with/key/${rand(BASE64URL, 10)}` },
      ],
    },
  };
}
