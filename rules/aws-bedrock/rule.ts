import type { Rule } from '../types.js';

// aws-bedrock-api-key: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html
export const rules: Rule[] = [
  {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock API key (`ABSK` and base64): calls Bedrock models as its IAM user',
    severity: 'high',
    regex: /\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['absk'],
    entropy: 3,
    tags: ['aws-bedrock', 'aws', 'ai', 'api-key'],
  },
];
