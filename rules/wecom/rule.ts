import type { Rule } from '../types.js';

// wecom-webhook-url: https://developer.work.weixin.qq.com/document/path/91770
export const rules: Rule[] = [
  {
    id: 'wecom-webhook-url',
    description: 'WeCom (WeChat Work) group robot webhook URL: anyone holding it can post to the group',
    severity: 'medium',
    regex:
      /(https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['qyapi.weixin.qq.com/cgi-bin/webhook/send'],
    entropy: 2.5,
    tags: ['wecom', 'chat', 'webhook'],
  },
];
