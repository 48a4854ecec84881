import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [
    [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-'),
    [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-'),
  ];
  return {
    'splunk-hec-token': {
      truePositives: [
        { text: `curl -H "Authorization: Splunk ${a}" https://hec.acme.io:8088/services/collector`, secret: a },
        { text: `headers = {'Authorization': 'Splunk ${b}'}`, secret: b },
      ],
      falsePositives: [
        { text: 'Authorization: Splunk 00000000-0000-0000-0000-000000000000' },
        { text: `trace id ${a}` },
      ],
    },
  };
}
