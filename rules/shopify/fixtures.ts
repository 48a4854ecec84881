import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const admin = join('shpat_', rand(HEX, 32));
  const custom = join('shpca_', rand(ALNUM, 38));
  const priv = join('shppa_', rand(HEX, 32));
  const shared = join('shpss_', rand(HEX, 32));
  return {
    'shopify-access-token': {
      truePositives: [
        { text: `SHOPIFY_ACCESS_TOKEN=${admin}`, secret: admin },
        { text: `headers: { 'X-Shopify-Access-Token': '${custom}' }`, secret: custom },
        { text: `shopify:\n  password: ${priv}\n`, secret: priv },
      ],
      falsePositives: [
        { text: 'shpssSSSSS_SSSS_sssss is not api key' },
        { text: join('// for public apps (Shopify changelog)\nshpat_', 'r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex') },
        { text: 'SHOPIFY_ACCESS_TOKEN=shpat_abc123' },
        { text: join('SHOPIFY_ACCESS_TOKEN=shpat_', '0'.repeat(32)) },
      ],
    },
    'shopify-shared-secret': {
      truePositives: [
        { text: `SHOPIFY_API_SECRET=${shared}`, secret: shared },
        { text: `{"client_secret": "${shared}"}`, secret: shared },
        { text: `shopify_app_secret = '${shared}'`, secret: shared },
      ],
      falsePositives: [
        { text: join('shpss_', rand(HEX, 20)) },
        { text: join('SHOPIFY_API_SECRET=shpss_', 'x'.repeat(32)) },
        { text: join('shpss', rand(HEX, 32)) },
      ],
    },
  };
}
