import { ALNUM, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

/** Legacy key: base64 of `{"k":…,"n":…,"id":…}`, retried until it has no `+` or `/`. */
function legacyKey(): string {
  for (;;) {
    const b = Buffer.from(
      `{"k":"${rand(ALNUM, 32)}","n":"ci-${rand(DIGITS, 3)}","id":${rand('123456789', 1)}}`,
    ).toString('base64');
    if (!/[+/]/.test(b)) return b;
  }
}

export function fixtures(): RuleFixtures {
  const cloud = join(
    'glc_',
    Buffer.from(
      `{"o":"${rand(DIGITS, 6)}","n":"stack-${rand(DIGITS, 6)}","k":"${rand(ALNUM, 24)}","m":{"r":"prod-eu-west-0"}}`,
    ).toString('base64'),
  );
  const sa = join('glsa_', rand(ALNUM, 32), '_', rand(HEX, 8));
  const legacy = legacyKey();
  return {
    'grafana-cloud-token': {
      truePositives: [
        { text: `GRAFANA_CLOUD_TOKEN=${cloud}`, secret: cloud },
        { text: `basic_auth:\n  password: "${cloud}"\n`, secret: cloud },
        { text: cloud, secret: cloud },
      ],
      falsePositives: [
        { text: 'GRAFANA_CLOUD_TOKEN=glc_abc' },
        { text: join('glc_', 'x'.repeat(40)) },
        { text: join('xglc_', rand(ALNUM, 40)) },
      ],
    },
    'grafana-service-account-token': {
      truePositives: [
        { text: `GRAFANA_SERVICE_ACCOUNT_TOKEN=${sa}`, secret: sa },
        { text: `curl -H "Authorization: Bearer ${sa}" https://grafana.example.com/api/dashboards`, secret: sa },
        { text: `grafana:\n  token: ${sa}\n`, secret: sa },
      ],
      falsePositives: [
        { text: join('glsa_', rand(ALNUM, 32)) },
        { text: join('glsa_', rand(ALNUM, 20), '_', rand(HEX, 8)) },
        { text: join('glsa_', 'x'.repeat(32), '_', '0'.repeat(8)) },
      ],
    },
    'grafana-api-key': {
      truePositives: [
        { text: `GRAFANA_API_KEY=${legacy}`, secret: legacy },
        { text: `grafana_auth = "Bearer ${legacy}"`, secret: legacy },
        { text: `provider "grafana" {\n  auth = "${legacy}"\n}`, secret: legacy },
      ],
      falsePositives: [
        { text: join('eyJrIjoi', 'YWJj') },
        {
          text: `data: ${Buffer.from(`{"k":"v","note":"${rand(ALNUM, 60)}"}`)
            .toString('base64')
            .replace(/[+/=]/g, 'A')}`,
        },
        { text: join('eyJrIjoi', 'x'.repeat(60)) },
      ],
    },
  };
}
