import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [rand(ALNUM, 20), rand(ALNUM, 20)];
  return {
    'thingsboard-device-token': {
      truePositives: [
        { text: `curl -v -X POST https://thingsboard.cloud/api/v1/${a}/telemetry -d '{"t": 21}'`, secret: a },
        { text: `url = 'http://tb.local:8080/api/v1/${b}/attributes'`, secret: b },
      ],
      falsePositives: [
        { text: `GET /api/v1/${rand(ALNUM, 12)}/telemetry` },
        { text: 'POST /api/v1/$ACCESS_TOKEN/telemetry' },
      ],
    },
  };
}
