import { BASE64URL, DIGITS, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tok = join(rand('123456789', 1), rand(DIGITS, 9), ':AA', rand(BASE64URL, 33));
  const tok2 = join(rand('123456789', 1), rand(DIGITS, 7), ':AA', rand(BASE64URL, 33));
  return {
    'telegram-bot-token': {
      truePositives: [
        { text: `TELEGRAM_BOT_TOKEN=${tok}`, secret: tok },
        { text: `bot = telebot.TeleBot("${tok2}")`, secret: tok2 },
        { text: `requests.post("https://api.telegram.org/bot${tok}/sendMessage", data=msg)`, secret: tok },
        { text: `tg_bot_token: '${tok2}'`, secret: tok2 },
      ],
      falsePositives: [
        { text: join('TELEGRAM_BOT_TOKEN=123456:', 'ABC-DEF1234ghIkl-zyx57W2v1u123ew11') },
        { text: `id: ${tok}` },
        { text: join('TELEGRAM_BOT_TOKEN=', rand(DIGITS, 9), ':AA', 'x'.repeat(33)) },
        { text: 'https://api.telegram.org/bot<token>/getMe' },
      ],
    },
  };
}
