import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const u = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b] = [u(), u()];
  return {
    'postmark-token': {
      truePositives: [
        { text: `POSTMARK_SERVER_TOKEN=${a}`, secret: a },
        { text: `curl -H "X-Postmark-Server-Token: ${b}" https://api.postmarkapp.com/email`, secret: b },
      ],
      falsePositives: [
        { text: `message_id = "${a}"` },
        { text: 'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000' },
      ],
    },
  };
}
