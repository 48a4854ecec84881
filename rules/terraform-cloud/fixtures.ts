import { ALNUM, BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tok = join(rand(ALNUM, 14), '.atlas', 'v1.', rand(BASE64URL, 67));
  return {
    'terraform-cloud-token': {
      truePositives: [
        { text: `TFE_TOKEN=${tok}`, secret: tok },
        { text: `credentials "app.terraform.io" {\n  token = "${tok}"\n}`, secret: tok },
        { text: `{"credentials": {"app.terraform.io": {"token": "${tok}"}}}`, secret: tok },
      ],
      falsePositives: [
        { text: join(rand(ALNUM, 14), '.atlas', 'v1.', rand(ALNUM, 20)) },
        { text: join(rand(ALNUM, 14), '.atlas', 'v2.', rand(BASE64URL, 67)) },
        { text: join('TFE_TOKEN=', rand(ALNUM, 14), '.atlas', 'v1.', 'x'.repeat(67)) },
      ],
    },
  };
}
