import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const api = rand(HEX, 32);
  const app = rand(HEX, 40);
  return {
    'datadog-api-key': {
      truePositives: [
        { text: `DD_API_KEY=${api}`, secret: api },
        { text: `datadog_api_key: "${api}"`, secret: api },
        { text: `docker run -e DD_API_KEY=${api} gcr.io/datadoghq/agent:7`, secret: api },
      ],
      falsePositives: [
        { text: 'DD_SITE=datadoghq.eu' },
        { text: 'DD_API_KEY=<your-api-key>' },
        { text: `dd_trace_id = ${rand(HEX, 32)}` },
      ],
    },
    'datadog-app-key': {
      truePositives: [
        { text: `DD_APP_KEY=${app}`, secret: app },
        { text: `DATADOG_APPLICATION_KEY='${app}'`, secret: app },
        { text: `datadog:\n  env:\n    DD_APPLICATION_KEY: "${app}"\n`, secret: app },
      ],
      falsePositives: [
        { text: `datadog_app_key_id = "${[8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-')}"` },
        { text: 'DATADOG_APP_KEY=${DATADOG_APP_KEY}' },
        { text: `commit = "${rand(HEX, 40)}"  # datadog agent build` },
      ],
    },
  };
}
