import { BASE64URL, DIGITS, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

/** A bot token: base64url(user id) . 6 characters . HMAC. */
function botToken(): string {
  const id = join(rand('123456789', 1), rand(DIGITS, 17));
  return join(Buffer.from(id).toString('base64url'), '.', rand(BASE64URL, 6), '.', rand(BASE64URL, 38));
}

export function fixtures(): RuleFixtures {
  const tok = botToken();
  const tok2 = botToken();
  const hook = join('https://discord.com/api/webhooks/', rand(DIGITS, 19), '/', rand(BASE64URL, 68));
  const hookApp = join('https://discordapp.com/api/webhooks/', rand(DIGITS, 18), '/', rand(BASE64URL, 68));
  return {
    'discord-bot-token': {
      truePositives: [
        { text: `DISCORD_BOT_TOKEN=${tok}`, secret: tok },
        { text: `const { Client } = require('discord.js');\nclient.login('${tok2}');`, secret: tok2 },
        { text: `discord:\n  token: "${tok}"\n`, secret: tok },
      ],
      falsePositives: [
        { text: `# discord\nmessage_id = "M${rand(BASE64URL, 23)}.${rand(BASE64URL, 6)}.${rand(BASE64URL, 27)}"` },
        { text: `session = ${tok}` },
        { text: join('DISCORD_BOT_TOKEN=', 'MTk4NjIyNDgzNDcxOTI1MjQ4', '.Cl2FMQ.', 'x'.repeat(27)) },
      ],
    },
    'discord-webhook-url': {
      truePositives: [
        { text: `DISCORD_WEBHOOK_URL=${hook}`, secret: hook },
        { text: `requests.post("${hookApp}", json={"content": msg})`, secret: hookApp },
        { text: `alerts:\n  discord: ${hook}\n`, secret: hook },
      ],
      falsePositives: [
        { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/{webhook.id}/{webhook.token}' },
        { text: 'See https://discord.com/developers/docs/resources/webhook for details.' },
        { text: join('https://discord.com/api/webhooks/', rand(DIGITS, 18), '/', 'x'.repeat(68)) },
      ],
    },
    'discord-client-secret': (() => {
      const make = (): string => rand(BASE64URL, 32);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `DISCORD_CLIENT_SECRET=${a}`, secret: a },
          { text: `discord_client_secret: "${b}"`, secret: b },
          { text: `discordClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `DISCORD_CLIENT_SECRET=\${DISCORD_CLIENT_SECRET}` },
          { text: `DISCORD_CLIENT_SECRET=<your-secret-here>` },
        ],
      };
    })(),
  };
}
