import type { Rule } from '../types.js';
import { isUserPassBase64 } from '../docker/basic-auth.js';

// http-basic-auth-header: https://www.rfc-editor.org/rfc/rfc7617
export const rules: Rule[] = [
  {
    id: 'http-basic-auth-header',
    description: 'HTTP Basic credentials in an Authorization header (`Authorization: Basic base64(user:password)`)',
    severity: 'high',
    regex:
      /authorization["\']?[ \t]{0,4}[:=,][ \t]{0,4}["\']?basic[ \t]{1,4}([A-Za-z0-9+/]{8,1024}={0,2})(?:[^A-Za-z0-9+/=]|$)/i,
    keywords: ['basic '],
    validate: isUserPassBase64,
    tags: ['http-auth', 'http', 'basic-auth'],
  },
];
