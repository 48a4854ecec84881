import type { Rule } from '../types.js';

// dingtalk-webhook-url: https://open.dingtalk.com/document/orgapp/custom-robot-access
export const rules: Rule[] = [
  {
    id: 'dingtalk-webhook-url',
    description:
      'DingTalk robot webhook URL (`oapi.dingtalk.com/robot/send?access_token=`): anyone holding it can post to the group',
    severity: 'medium',
    regex: /(https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ['oapi.dingtalk.com/robot/send'],
    entropy: 3,
    tags: ['dingtalk', 'chat', 'webhook'],
  },
];
