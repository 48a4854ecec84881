import { ALNUM, DIGITS, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tok = join('ntn_', rand(DIGITS, 11), rand(ALNUM, 35));
  const tok2 = join('ntn_', rand(DIGITS, 11), rand(ALNUM, 35));
  const legacy = join('secret_', rand(ALNUM, 43));
  return {
    'notion-integration-token': {
      truePositives: [
        { text: `NOTION_TOKEN=${tok}`, secret: tok },
        { text: `notion = Client(auth="${tok2}")`, secret: tok2 },
        { text: `export const NOTION_API_KEY = "${tok}";`, secret: tok },
      ],
      falsePositives: [
        { text: 'NOTION_TOKEN=ntn_abc' },
        { text: join('ntn_', rand(DIGITS, 10), rand(ALNUM, 36).replace(/^[0-9]/, 'a')) },
        { text: join('NTN_', rand(DIGITS, 11), rand(ALNUM, 35)) },
        { text: join('x', 'ntn_', rand(DIGITS, 11), rand(ALNUM, 35)) },
        { text: 'https://api.notion.com/v1/databases' },
      ],
    },
    'notion-legacy-integration-token': {
      truePositives: [
        { text: `NOTION_API_KEY=${legacy}`, secret: legacy },
        { text: `const notion = new Client({ auth: '${legacy}' });`, secret: legacy },
        { text: `notion:\n  token: ${legacy}\n`, secret: legacy },
      ],
      falsePositives: [
        { text: 'secret_abc123' },
        { text: join('secret_', 'ThisIsNotARealTokenJustAVeryLongIdentifierX') },
        { text: join('secret_', rand(ALNUM, 30)) },
      ],
    },
  };
}
