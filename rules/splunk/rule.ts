import type { Rule } from '../types.js';

// splunk-hec-token: https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector
export const rules: Rule[] = [
  {
    id: 'splunk-hec-token',
    description: 'Splunk HTTP Event Collector token (`Authorization: Splunk <uuid>`): writes events to the index',
    severity: 'medium',
    regex: /\bSplunk[ \t]{1,4}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ['splunk '],
    entropy: 2.5,
    tags: ['splunk', 'observability', 'api-key'],
  },
];
