import { ALNUM, BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const MARK = join('T3Blbk', 'FJ');

export function fixtures(): RuleFixtures {
  const legacy = join('sk-', rand(ALNUM, 20), MARK, rand(ALNUM, 20));
  const none = join('sk-', 'None-', rand(BASE64URL, 58), MARK, rand(BASE64URL, 58));
  const proj = join('sk-', 'proj-', rand(BASE64URL, 74), MARK, rand(BASE64URL, 74));
  const proj58 = join('sk-', 'proj-', rand(BASE64URL, 58), MARK, rand(BASE64URL, 58));
  const svc = join('sk-', 'svcacct-', rand(BASE64URL, 74), MARK, rand(BASE64URL, 74));
  const admin = join('sk-', 'admin-', rand(BASE64URL, 74), MARK, rand(BASE64URL, 74));
  return {
    'openai-api-key': {
      truePositives: [
        { text: `OPENAI_API_KEY=${legacy}`, secret: legacy },
        { text: `client = OpenAI(api_key="${legacy}")`, secret: legacy },
        { text: `openai:\n  api_key: '${none}'\n`, secret: none },
      ],
      falsePositives: [
        { text: join('sk-', rand(ALNUM, 20), 'abcdefgh', rand(ALNUM, 20)) },
        { text: 'OPENAI_API_KEY=sk-...' },
        { text: join('sk-', rand(ALNUM, 12), MARK, rand(ALNUM, 12)) },
      ],
    },
    'openai-project-api-key': {
      truePositives: [
        { text: `export OPENAI_API_KEY=${proj}`, secret: proj },
        { text: `{"openai": {"apiKey": "${proj58}"}}`, secret: proj58 },
        { text: `const openai = new OpenAI({ apiKey: '${proj}' });`, secret: proj },
      ],
      falsePositives: [
        { text: join('sk-', 'proj-', rand(BASE64URL, 156)) },
        { text: join('OPENAI_API_KEY=sk-', 'proj-', 'tooShort123') },
        { text: join('OPENAI_API_KEY=sk-', 'proj-', 'x'.repeat(74), MARK, 'x'.repeat(74)) },
      ],
    },
    'openai-service-account-key': {
      truePositives: [
        { text: `OPENAI_API_KEY="${svc}"`, secret: svc },
        { text: `  - name: OPENAI_KEY\n    value: ${svc}`, secret: svc },
        { text: `openai_key = '${svc}'`, secret: svc },
      ],
      falsePositives: [
        { text: join('sk-', 'svcacct-', rand(BASE64URL, 40), 'abcdefgh', rand(BASE64URL, 40)) },
        { text: join('key: sk-', 'svcacct-', '<service-account-key>') },
        { text: join('ssk-', 'svcacct ', rand(BASE64URL, 20)) },
      ],
    },
    'openai-admin-key': {
      truePositives: [
        { text: `OPENAI_ADMIN_KEY=${admin}`, secret: admin },
        {
          text: `curl -H "Authorization: Bearer ${admin}" https://api.openai.com/v1/organization/users`,
          secret: admin,
        },
        { text: `admin_key: "${admin}"`, secret: admin },
      ],
      falsePositives: [
        { text: join('OPENAI_ADMIN_KEY=sk-', 'admin-', '...') },
        { text: join('sk-', 'admin-', rand(BASE64URL, 150)) },
        { text: join('sk-', 'admin-', rand(BASE64URL, 10), MARK, rand(BASE64URL, 10)) },
      ],
    },
  };
}
