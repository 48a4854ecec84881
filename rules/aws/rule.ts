import { TYPED_ASSIGN } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// AWS documents AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as examples.
const documentedExamples = { regexes: [/EXAMPLE/] };

export const rules: Rule[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID (long-term AKIA or temporary ASIA, and other IAM id prefixes)',
    severity: 'high',
    regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ['aws', 'cloud'],
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key, recognised by the name it is assigned to',
    severity: 'critical',
    regex: new RegExp(
      String.raw`(?:aws|amazon)[\w.-]{0,20}?(?:secret|private)[\w.-]{0,20}?[\s'"]{0,3}(?:${TYPED_ASSIGN}|=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
      'i',
    ),
    keywords: ['aws', 'amazon'],
    entropy: 4,
    allowlists: [documentedExamples],
    tags: ['aws', 'cloud'],
  },
  {
    id: 'aws-session-token',
    description: 'AWS session token (temporary credentials)',
    severity: 'high',
    regex:
      /(?:aws|amazon)[\w.-]{0,20}?(?:session|security)[\w.-]{0,10}?token[\s'"]{0,3}(?:=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9/+=]{100,2000})/i,
    keywords: ['aws', 'amazon'],
    entropy: 4,
    allowlists: [documentedExamples],
    tags: ['aws', 'cloud'],
  },
];
