import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = join(
    'https://chat.googleapis.com/v1/spaces/',
    rand(BASE64URL, 11),
    '/messages?key=',
    'AIza',
    rand(BASE64URL, 35),
    '&token=',
    rand(BASE64URL, 43),
    '%3D',
  );
  return {
    'google-chat-webhook-url': {
      truePositives: [{ text: `GOOGLE_CHAT_WEBHOOK=${a}`, secret: a }],
      falsePositives: [
        { text: 'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN' },
        { text: 'https://chat.googleapis.com/v1/spaces/AAAA/messages' },
      ],
    },
  };
}
