import type { Rule } from '../types.js';

// PyPI API tokens are macaroons whose first caveat names the index: "pypi.org" or
// "test.pypi.org", so the base64 after "pypi-" starts the same way in every token.
export const rules: Rule[] = [
  {
    id: 'pypi-upload-token',
    description: 'PyPI (or TestPyPI) API token',
    severity: 'critical',
    regex: /\b(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['pypi-agei', 'pypi-agen'],
    entropy: 3,
    tags: ['pypi', 'package-registry'],
  },
];
