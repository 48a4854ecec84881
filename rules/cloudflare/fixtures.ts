import { ALNUM, BASE64URL, HEX, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const token = rand(BASE64URL, 40);
  const account = join('cfat_', rand(ALNUM, 40), rand(HEX, 8));
  const user = join('cfut_', rand(ALNUM, 40), rand(HEX, 8));
  const global = rand(HEX, 37);
  const cfk = join('cfk_', rand(ALNUM, 40), rand(HEX, 8));
  const origin = join('v1.0-', rand(HEX, 24), '-', rand(HEX, 146));
  return {
    'cloudflare-api-token': {
      truePositives: [
        { text: `CLOUDFLARE_API_TOKEN=${token}`, secret: token },
        { text: `export CF_API_TOKEN="${token}"`, secret: token },
        { text: `provider "cloudflare" {\n  api_token = "${account}"\n}`, secret: account },
        { text: user, secret: user },
      ],
      falsePositives: [
        { text: 'cfat_tooshort' },
        { text: join('cf_', rand(ALNUM, 40), rand(HEX, 8)) },
        { text: join('x', 'cfat_', rand(ALNUM, 40), rand(HEX, 8)) },
        { text: join('cfat_', rand(ALNUM, 40), rand(HEX, 8), 'Z') },
        { text: `CLOUDFLARE_ZONE_ID=${rand(HEX, 32)}` },
        { text: 'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}' },
      ],
    },
    'cloudflare-global-api-key': {
      truePositives: [
        { text: `CLOUDFLARE_API_KEY=${global}`, secret: global },
        { text: `cf_api_key: '${global}'\ncf_api_email: ops@example.com`, secret: global },
        { text: `CLOUDFLARE_GLOBAL_KEY=${cfk}`, secret: cfk },
      ],
      falsePositives: [
        { text: 'CLOUDFLARE_API_KEY=your-global-api-key' },
        { text: `cloudflare_account_id = "${rand(HEX, 32)}"` },
        { text: join('cfk_', rand(LOWER, 20)) },
      ],
    },
    'cloudflare-origin-ca-key': {
      truePositives: [
        { text: `CF_ORIGIN_CA_KEY=${origin}`, secret: origin },
        { text: `provider "cloudflare" {\n  api_user_service_key = "${origin}"\n}`, secret: origin },
        { text: `origin_ca_key: ${origin}`, secret: origin },
      ],
      falsePositives: [
        { text: join('v1.0-', rand(HEX, 24), '-', rand(HEX, 40)) },
        { text: 'version: v1.0-beta' },
        { text: join('v1.0-', '0'.repeat(24), '-', '0'.repeat(146)) },
      ],
    },
  };
}
