import { BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tok = join('ATATT3', rand(BASE64URL, 180), '=', rand(HEX, 8).toUpperCase());
  return {
    'atlassian-api-token': {
      truePositives: [
        { text: `JIRA_API_TOKEN=${tok}`, secret: tok },
        { text: `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("me@acme.com", "${tok}"))`, secret: tok },
        { text: `confluence:\n  token: '${tok}'\n`, secret: tok },
      ],
      falsePositives: [
        { text: join('JIRA_API_TOKEN="ATATT3', 'xFfGF0..."') },
        { text: join('--jira-credential ATATT3', 'xFfGF0-EXAMPLE-NOT-A-REAL-TOKEN') },
        { text: join('ATATT3', rand(BASE64URL, 180)) },
      ],
    },
  };
}
