import { join, LOWER, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const LETTERS = UPPER + LOWER;

export function fixtures(): RuleFixtures {
  const tok = join('hf_', rand(LETTERS, 34));
  const org = join('api_org_', rand(LETTERS, 34));
  return {
    'huggingface-access-token': {
      truePositives: [
        { text: `HF_TOKEN=${tok}`, secret: tok },
        { text: `huggingface-cli login --token ${tok}`, secret: tok },
        { text: `from huggingface_hub import login\nlogin(token="${tok}")`, secret: tok },
      ],
      falsePositives: [
        { text: 'HF_TOKEN=hf_abc' },
        { text: join('hf_', rand(LETTERS, 12), '1', rand(LETTERS, 21)) },
        { text: join('x', 'hf_', rand(LETTERS, 34)) },
        { text: join('hf_', 'FakeFakeFakeFakeFakeFakeFakeFakeFa') },
        { text: join('HF_TOKEN=hf_', 'x'.repeat(34)) },
      ],
    },
    'huggingface-organization-token': {
      truePositives: [
        { text: `HUGGINGFACE_ORG_TOKEN=${org}`, secret: org },
        { text: `headers = {"Authorization": f"Bearer ${org}"}`, secret: org },
        { text: `hf_org_token: ${org}`, secret: org },
      ],
      falsePositives: [
        { text: join('api_org_', rand(LETTERS, 20)) },
        { text: join('my_api_org_', rand(LETTERS, 34)) },
        { text: join('api_org_', rand(LETTERS, 35)) },
      ],
    },
  };
}
