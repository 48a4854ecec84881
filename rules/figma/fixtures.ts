import { BASE64URL, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
}

export function fixtures(): RuleFixtures {
  const tok = join('figd_', rand(BASE64URL, 40));
  const long = join('figd_', rand(BASE64URL, 56));
  const legacy = join(rand(DIGITS, 6), '-', uuid());
  return {
    'figma-personal-access-token': {
      truePositives: [
        { text: `FIGMA_TOKEN=${long}`, secret: long },
        { text: `curl -H 'X-Figma-Token: ${tok}' https://api.figma.com/v1/me`, secret: tok },
        { text: `figma:\n  accessToken: "${tok}"\n`, secret: tok },
      ],
      falsePositives: [
        { text: 'FIGMA_TOKEN=figd_abc' },
        { text: join('FIGMA_TOKEN=figd_', 'x'.repeat(43)) },
        { text: join('figd', rand(BASE64URL, 40)) },
      ],
    },
    'figma-legacy-token': {
      truePositives: [
        { text: `FIGMA_ACCESS_TOKEN=${legacy}`, secret: legacy },
        { text: `const figmaToken = "${legacy}";`, secret: legacy },
        { text: `figma_pat: ${legacy}`, secret: legacy },
      ],
      falsePositives: [
        { text: `request_id = ${legacy}` },
        { text: `FIGMA_FILE_KEY=${rand(BASE64URL, 22).replace(/[-_]/g, 'a')}` },
        { text: join('figma_token: 123456-', '00000000-0000-0000-0000-000000000000') },
      ],
    },
  };
}
