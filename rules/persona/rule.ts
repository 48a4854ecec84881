import type { Rule } from '../types.js';

// persona-api-key: https://docs.withpersona.com/api-keys
export const rules: Rule[] = [
  {
    id: 'persona-api-key',
    description: 'Persona production API key (`persona_production_` and 20-80 characters)',
    severity: 'critical',
    regex: /\b(persona_production_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['persona_production_'],
    entropy: 3,
    tags: ['persona', 'identity', 'api-key'],
  },
];
