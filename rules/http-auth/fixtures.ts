import { ALNUM, base64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [base64(join('deploy:', rand(ALNUM, 18))), base64(join('svc-report:', rand(ALNUM, 24)))];
  return {
    'http-basic-auth-header': {
      truePositives: [
        { text: `curl -H "Authorization: Basic ${a}" https://api.acme.io/v1/export`, secret: a },
        { text: `headers = {'Authorization': 'Basic ${b}'}`, secret: b },
      ],
      falsePositives: [
        { text: 'Authorization: Basic dXNlcjpwYXNzd29yZA==' },
        { text: `Authorization: Basic ${base64('nocolonhere')}` },
        { text: 'WWW-Authenticate: Basic realm="api"' },
      ],
    },
  };
}
