import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

function key(kind: string): string {
  return join('tskey-', kind, '-', rand(ALNUM, 7), 'CNTRL-', rand(ALNUM, 33));
}

export function fixtures(): RuleFixtures {
  const auth = key('auth');
  const api = key('api');
  const client = key('client');
  return {
    'tailscale-key': {
      truePositives: [
        { text: `TS_AUTHKEY=${auth}`, secret: auth },
        { text: `tailscale up --authkey ${auth} --ssh`, secret: auth },
        { text: `TAILSCALE_API_KEY="${api}"`, secret: api },
        { text: `oauth:\n  client_secret: ${client}\n`, secret: client },
        { text: `MY_${api}`, secret: api },
      ],
      falsePositives: [
        { text: 'A short string like tskey-foo is not a key.' },
        { text: join('x', 'tskey-', 'api-', rand(ALNUM, 12), '-', rand(ALNUM, 24)) },
        { text: join('TS_AUTHKEY=tskey-', 'auth-', 'X'.repeat(12), '-', 'X'.repeat(24)) },
        { text: join('TS_AUTHKEY=tskey-', 'auth-your-new-key') },
      ],
    },
  };
}
