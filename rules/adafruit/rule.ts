import type { Rule } from '../types.js';

// adafruit-io-key: https://io.adafruit.com/api/docs/#authentication
export const rules: Rule[] = [
  {
    id: 'adafruit-io-key',
    description: "Adafruit IO key (`aio_` and 28 alphanumerics): reads and writes the account's feeds",
    severity: 'high',
    regex: /\b(aio_[A-Za-z0-9]{28})(?:[^A-Za-z0-9]|$)/,
    keywords: ['aio_'],
    entropy: 3,
    tags: ['adafruit', 'iot', 'api-key'],
  },
];
