import type { Rule } from '../types.js';

// microsoft-teams-webhook-url: https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
export const rules: Rule[] = [
  {
    id: 'microsoft-teams-webhook-url',
    description:
      'Microsoft Teams incoming webhook URL (Office 365 connector or Workflows): anyone holding it can post to the channel',
    severity: 'medium',
    regex:
      /(https:\/\/[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[a-f0-9]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{40,60})?|https:\/\/[a-z0-9-]{1,40}\.[a-z0-9-]{1,40}\.logic\.azure\.com(?::443)?\/workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?[A-Za-z0-9=&%._-]{0,200}sig=[A-Za-z0-9_-]{43})/,
    keywords: ['webhook.office.com', 'logic.azure.com'],
    tags: ['microsoft-teams', 'chat', 'webhook'],
  },
];
