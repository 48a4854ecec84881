import type { Rule } from '../types.js';

// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
interface Spec {
  id: string;
  description: string;
  severity: Rule['severity'];
  prefix: string;
  body: string;
}

const specs: Spec[] = [
  {
    id: 'gitlab-pat',
    description: 'GitLab personal, project or group access token',
    severity: 'critical',
    prefix: 'glpat-',
    // Legacy: 20 characters. Routable (17.x+): payload, ".", 2-character version, 7-character CRC.
    body: '(?:[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[A-Za-z0-9_-]{20})',
  },
  {
    id: 'gitlab-deploy-token',
    description: 'GitLab deploy token',
    severity: 'high',
    prefix: 'gldt-',
    body: '[A-Za-z0-9_-]{20}',
  },
  {
    id: 'gitlab-runner-token',
    description: 'GitLab runner authentication token',
    severity: 'high',
    prefix: 'glrt-',
    body: '(?:t\\d_[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[A-Za-z0-9_-]{20})',
  },
  {
    id: 'gitlab-runner-registration-token',
    description: 'GitLab runner registration token (deprecated registration flow)',
    severity: 'high',
    prefix: 'GR1348941',
    body: '[A-Za-z0-9_-]{20}',
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    description: 'GitLab pipeline trigger token',
    severity: 'high',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
  },
  {
    id: 'gitlab-ci-job-token',
    description: 'GitLab CI/CD job token',
    severity: 'medium',
    prefix: 'glcbt-',
    body: '[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}',
  },
  {
    id: 'gitlab-oauth-app-secret',
    description: 'GitLab OAuth application secret',
    severity: 'high',
    prefix: 'gloas-',
    body: '[A-Za-z0-9_-]{64}',
  },
  {
    id: 'gitlab-scim-token',
    description: 'GitLab SCIM OAuth token',
    severity: 'high',
    prefix: 'glsoat-',
    body: '[A-Za-z0-9_-]{20}',
  },
  {
    id: 'gitlab-feed-token',
    description: 'GitLab feed token',
    severity: 'medium',
    prefix: 'glft-',
    body: '[A-Za-z0-9_-]{20}',
  },
  {
    id: 'gitlab-incoming-mail-token',
    description: 'GitLab incoming email token',
    severity: 'medium',
    prefix: 'glimt-',
    body: '[A-Za-z0-9_-]{25}',
  },
  {
    id: 'gitlab-agent-token',
    description: 'GitLab agent for Kubernetes token',
    severity: 'high',
    prefix: 'glagent-',
    body: '[A-Za-z0-9_-]{50}',
  },
  {
    id: 'gitlab-feature-flag-client-token',
    description: 'GitLab feature flags client token',
    severity: 'low',
    prefix: 'glffct-',
    body: '[A-Za-z0-9_-]{20}',
  },
];

const fromSpecs: Rule[] = specs.map((s) => ({
  id: s.id,
  description: s.description,
  severity: s.severity,
  // The trailing class stops a longer run from matching by its first characters.
  regex: new RegExp(`\\b(${s.prefix}${s.body})(?:[^A-Za-z0-9_-]|$)`),
  keywords: [s.prefix.toLowerCase()],
  entropy: 3,
  tags: ['gitlab', 'code-host'],
  // A self-managed instance's URL near the token says where it works (rules/gitlab/hosts.ts).
  nearbyHosts: 5,
}));

// A signed-in browser session (https://docs.gitlab.com/user/profile/active_sessions/): the
// cookie alone acts as the user until the session is revoked or expires.
const sessionCookie: Rule = {
  id: 'gitlab-session-cookie',
  description: 'GitLab `_gitlab_session` cookie (32 lower-case hex): a signed-in browser session',
  severity: 'high',
  regex: /\b_gitlab_session=([0-9a-f]{32})(?:[^0-9a-z]|$)/,
  keywords: ['_gitlab_session='],
  entropy: 3,
  tags: ['gitlab', 'code-host', 'session'],
};

export const rules: Rule[] = [...fromSpecs, sessionCookie];
