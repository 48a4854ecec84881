import type { Rule } from '../types.js';

// Token types: https://api.slack.com/authentication/token-types
// Numeric segments are team, user or bot ids; the last segment is the random part.
const end = '(?:[^A-Za-z0-9-]|$)';

/** The random last path segment of a webhook URL must not be filler (`BBBB…`, `abab…`). */
const randomTail = (url: string): boolean => new Set(url.slice(url.lastIndexOf('/') + 1)).size >= 8;

export const rules: Rule[] = [
  {
    id: 'slack-bot-token',
    description: 'Slack bot token',
    severity: 'high',
    // Current: xoxb-TEAM-BOT-RANDOM24; legacy bots: xoxb-BOT-RANDOM.
    regex: new RegExp(`\\b(xoxb-\\d{8,14}-(?:\\d{8,14}-[A-Za-z0-9]{20,34}|[A-Za-z0-9]{18,26}))${end}`),
    keywords: ['xoxb-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-user-token',
    description: 'Slack user token',
    severity: 'critical',
    regex: new RegExp(`\\b(xox[pe]-\\d{8,14}-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{28,34})${end}`),
    keywords: ['xoxp-', 'xoxe-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-app-token',
    description: 'Slack app-level token (Socket Mode)',
    severity: 'high',
    regex: new RegExp(`\\b(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-z0-9]{32,80})${end}`),
    keywords: ['xapp-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-config-access-token',
    description: 'Slack app configuration access token',
    severity: 'high',
    regex: new RegExp(`\\b(xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{160,170})${end}`),
    keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-config-refresh-token',
    description: 'Slack app configuration refresh token',
    severity: 'high',
    regex: new RegExp(`\\b(xoxe-\\d-[A-Za-z0-9]{140,150})${end}`),
    keywords: ['xoxe-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-legacy-token',
    description: 'Slack legacy token (workspace xoxa/xoxr, legacy xoxs/xoxo)',
    severity: 'high',
    regex: new RegExp(`\\b(xox[aors]-(?:\\d-)?\\d{6,14}-\\d{6,14}(?:-\\d{6,14})?-[A-Za-z0-9]{10,64})${end}`),
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    entropy: 3,
    tags: ['slack', 'chat'],
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook URL',
    severity: 'medium',
    regex:
      /((?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['hooks.slack.com'],
    validate: randomTail,
    tags: ['slack', 'chat', 'webhook'],
  },
  {
    id: 'slack-workflow-webhook-url',
    description: 'Slack Workflow Builder webhook URL',
    severity: 'medium',
    regex:
      /((?:https?:\/\/)?hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/(?:A[A-Z0-9]{6,12}\/)?\d{6,20}\/[A-Za-z0-9]{20,40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['hooks.slack.com'],
    validate: randomTail,
    tags: ['slack', 'chat', 'webhook'],
  },
];
