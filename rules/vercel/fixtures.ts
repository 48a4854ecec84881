import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const pat = join('vcp_', rand(ALNUM, 40));
  const app = join('vca_', rand(ALNUM, 56));
  const gateway = join('vck_', rand(ALNUM, 40));
  let legacy = rand(ALNUM, 24);
  if (!/[0-9]/.test(legacy)) legacy = `${legacy.slice(0, 23)}7`;
  return {
    'vercel-token': {
      truePositives: [
        { text: `VERCEL_TOKEN=${pat}`, secret: pat },
        { text: `vercel deploy --prod --token ${app}`, secret: app },
        { text: `AI_GATEWAY_API_KEY="${gateway}"`, secret: gateway },
      ],
      falsePositives: [
        { text: 'VERCEL_TOKEN=vcp_abc' },
        { text: join('vcx_', rand(ALNUM, 40)) },
        { text: join('VERCEL_TOKEN=vcp_', 'x'.repeat(40)) },
      ],
    },
    'vercel-legacy-token': {
      truePositives: [
        { text: `VERCEL_TOKEN=${legacy}`, secret: legacy },
        { text: `vercelToken: "${legacy}"`, secret: legacy },
        { text: `  vercel_auth_token = '${legacy}'`, secret: legacy },
      ],
      falsePositives: [
        { text: `VERCEL_PROJECT_ID=prj_${rand(ALNUM, 28)}` },
        { text: `deployment_id: ${rand(ALNUM, 24)}` },
        { text: 'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}' },
      ],
    },
  };
}
