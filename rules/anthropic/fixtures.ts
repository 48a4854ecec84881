import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join('sk-ant-', 'api03-', rand(BASE64URL, 93), 'AA');
  const key04 = join('sk-ant-', 'api04-', rand(BASE64URL, 93), 'AA');
  const admin = join('sk-ant-', 'admin01-', rand(BASE64URL, 93), 'AA');
  return {
    'anthropic-api-key': {
      truePositives: [
        { text: `ANTHROPIC_API_KEY=${key}`, secret: key },
        { text: `client = anthropic.Anthropic(api_key='${key04}')`, secret: key04 },
        { text: `{\n  "anthropic": { "apiKey": "${key}" }\n}`, secret: key },
        { text: `export CLAUDE_KEY="${key}"`, secret: key },
      ],
      falsePositives: [
        { text: join('sk-ant-', 'api03-', rand(BASE64URL, 93), 'BB') },
        { text: join('ANTHROPIC_API_KEY=sk-ant-', 'api03-', 'notarealkey') },
        { text: join('ssk-ant-', 'api04-', 'NotARealKeyButLooksLikeOne') },
        { text: join('key = "sk-ant-', 'api03-', 'x'.repeat(93), 'AA"') },
      ],
    },
    'anthropic-admin-key': {
      truePositives: [
        { text: `ANTHROPIC_ADMIN_KEY=${admin}`, secret: admin },
        { text: `curl https://api.anthropic.com/v1/organizations/api_keys -H "x-api-key: ${admin}"`, secret: admin },
        { text: `admin_api_key: '${admin}'`, secret: admin },
      ],
      falsePositives: [
        { text: join('sk-ant-', 'admin01-', rand(BASE64URL, 60), 'AA') },
        { text: join('ANTHROPIC_ADMIN_KEY=sk-ant-', 'admin01-', '<your-admin-key>') },
        { text: join('sk-ant-', 'admin01-', rand(BASE64URL, 93), 'Ab') },
      ],
    },
  };
}
