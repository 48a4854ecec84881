import type { Rule } from '../types.js';

// firebase-cloud-messaging-server-key: https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests
export const rules: Rule[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging legacy server key (`AAAA…:APA91b…`): sends pushes to every app instance',
    severity: 'high',
    regex: /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?:[^A-Za-z0-9_-]|$)/,
    keywords: [':apa91b'],
    entropy: 3,
    tags: ['firebase', 'google', 'push', 'api-key'],
  },
];
