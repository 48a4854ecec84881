import type { Rule } from '../types.js';

// lark-webhook-url: https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot
export const rules: Rule[] = [
  {
    id: 'lark-webhook-url',
    description: 'Feishu/Lark custom bot webhook URL: anyone holding it can post to the group',
    severity: 'medium',
    regex:
      /(https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    keywords: ['/open-apis/bot/v2/hook/'],
    tags: ['lark', 'chat', 'webhook'],
  },
];
