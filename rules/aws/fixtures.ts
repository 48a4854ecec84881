import { BASE64, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const B32 = `${UPPER}234567`;

export function fixtures(): RuleFixtures {
  const akid = join('AKIA', rand(B32, 16));
  const asid = join('ASIA', rand(B32, 16));
  const secret = rand(BASE64, 40);
  const token = rand(BASE64, 300);
  return {
    'aws-access-key-id': {
      truePositives: [
        { text: `aws_access_key_id = ${akid}`, secret: akid },
        { text: `"AccessKeyId": "${asid}",`, secret: asid },
        { text: `export KEY=${akid}`, secret: akid },
      ],
      falsePositives: [
        { text: join('aws_access_key_id = AKIA', 'IOSFODNN7', 'EXAMPLE') },
        { text: join('id: AKIA', 'XXXXXXXXXXXXXXXX') },
        { text: `AKIA${rand(B32, 30)}` },
      ],
    },
    'aws-secret-access-key': {
      truePositives: [
        { text: `aws_secret_access_key = ${secret}`, secret },
        { text: `AWS_SECRET_ACCESS_KEY: "${secret}"`, secret },
        { text: `const awsSecretKey = '${secret}';`, secret },
        { text: `const awsSecretKey: string = '${secret}';`, secret },
      ],
      falsePositives: [
        { text: join('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY') },
        { text: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}' },
        { text: `aws_secret_access_key = ${'x'.repeat(40)}` },
      ],
    },
    'aws-session-token': {
      truePositives: [{ text: `aws_session_token = ${token}`, secret: token }],
      falsePositives: [{ text: 'aws_session_token = <YOUR_SESSION_TOKEN>' }],
    },
  };
}
