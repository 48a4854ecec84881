import type { Rule } from '../types.js';

// mezmo-ingestion-key: https://docs.mezmo.com/docs/ingestion-key
export const rules: Rule[] = [
  {
    id: 'mezmo-ingestion-key',
    description: 'Mezmo (LogDNA) ingestion key (32 hex) assigned to an ingestion key setting',
    severity: 'medium',
    regex:
      /\b(?:MEZMO_INGESTION_KEY|LOGDNA_INGESTION_KEY|LOGDNA_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ['mezmo_ingestion_key', 'logdna_ingestion_key', 'logdna_key'],
    entropy: 3,
    tags: ['mezmo', 'observability', 'api-key'],
  },
];
