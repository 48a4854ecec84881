import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = join('https://oapi.dingtalk.com/robot/send?access_token=', rand(HEX, 64));
  return {
    'dingtalk-webhook-url': {
      truePositives: [{ text: `DINGTALK_WEBHOOK=${a}`, secret: a }],
      falsePositives: [
        { text: 'https://oapi.dingtalk.com/robot/send?access_token=XXXXXX' },
        { text: 'https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}' },
      ],
    },
  };
}
