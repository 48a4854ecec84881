import type { Rule } from '../types.js';

// expo-access-token: https://docs.expo.dev/accounts/programmatic-access/
export const rules: Rule[] = [
  {
    id: 'expo-access-token',
    description: 'Expo access token (40 characters) assigned to EXPO_TOKEN',
    severity: 'high',
    regex:
      /\b(?:EXPO_TOKEN|EXPO_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ['expo_token', 'expo_access_token'],
    entropy: 3,
    tags: ['expo', 'mobile', 'api-key'],
  },
];
