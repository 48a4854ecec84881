import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const a = join(
    'https://open.feishu.cn/open-apis/bot/v2/hook/',
    [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-'),
  );
  return {
    'lark-webhook-url': {
      truePositives: [{ text: `LARK_WEBHOOK=${a}`, secret: a }],
      falsePositives: [
        { text: 'https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx' },
        { text: 'POST /open-apis/bot/v2/hook/{token}' },
      ],
    },
  };
}
