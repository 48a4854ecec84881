import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = join(
    'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=',
    [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-'),
  );
  return {
    'wecom-webhook-url': {
      truePositives: [{ text: `WECOM_WEBHOOK=${a}`, secret: a }],
      falsePositives: [
        { text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa' },
        { text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY' },
      ],
    },
  };
}
