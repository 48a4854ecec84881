import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AAAA', rand(BASE64URL, 7), ':APA91b', rand(BASE64URL, 134));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AAAA', rand(BASE64URL, 7), ':APA91b', rand(BASE64URL, 131));
  return {
    'firebase-cloud-messaging-server-key': {
      truePositives: [
        { text: `FCM_SERVER_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
