import { BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const u = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const o365 = join(
    'https://acme.webhook.office.com/webhookb2/',
    u(),
    '@',
    u(),
    '/IncomingWebhook/',
    rand(HEX, 32),
    '/',
    u(),
  );
  const flow = join(
    'https://prod-12.westeurope.logic.azure.com:443/workflows/',
    rand(HEX, 32),
    '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=',
    rand(BASE64URL, 43),
  );
  return {
    'microsoft-teams-webhook-url': {
      truePositives: [
        { text: `TEAMS_WEBHOOK_URL=${o365}`, secret: o365 },
        { text: `curl -H "Content-Type: application/json" -d @card.json "${flow}"`, secret: flow },
      ],
      falsePositives: [
        { text: 'https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>' },
        {
          text: `see https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook`,
        },
      ],
    },
  };
}
