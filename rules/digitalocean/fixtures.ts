import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const pat = join('dop_v1_', rand(HEX, 64));
  const oauth = join('doo_v1_', rand(HEX, 64));
  const refresh = join('dor_v1_', rand(HEX, 64));
  return {
    'digitalocean-pat': {
      truePositives: [
        { text: `DIGITALOCEAN_TOKEN=${pat}`, secret: pat },
        { text: `doctl auth init --access-token ${pat}`, secret: pat },
        { text: `provider "digitalocean" {\n  token = "${pat}"\n}`, secret: pat },
      ],
      falsePositives: [
        { text: 'DIGITALOCEAN_TOKEN=dop_v1_abc' },
        { text: join('dop_v2_', rand(HEX, 64)) },
        { text: join('DIGITALOCEAN_TOKEN=dop_v1_', 'x'.repeat(64)) },
      ],
    },
    'digitalocean-oauth-token': {
      truePositives: [
        { text: `DO_OAUTH_TOKEN=${oauth}`, secret: oauth },
        { text: `{"access_token": "${oauth}", "token_type": "bearer"}`, secret: oauth },
        { text: `Authorization: Bearer ${oauth}`, secret: oauth },
      ],
      falsePositives: [
        { text: join('doo_v1_', rand(HEX, 60)) },
        { text: join('doo_v1_', '0'.repeat(64)) },
        { text: join('xdoo_v1_', rand(HEX, 64)) },
      ],
    },
    'digitalocean-refresh-token': {
      truePositives: [
        { text: `DO_REFRESH_TOKEN=${refresh}`, secret: refresh },
        { text: `{"refresh_token": "${refresh}"}`, secret: refresh },
        { text: `refresh: '${refresh}'`, secret: refresh },
      ],
      falsePositives: [
        { text: join('dor_v1_', rand(HEX, 63)) },
        { text: join('dor_v1_', 'f'.repeat(64)) },
        { text: 'refresh_token: dor_v1_...' },
      ],
    },
  };
}
