import type { Rule } from '../types.js';
import { isUserPassBase64 } from './basic-auth.js';

export const rules: Rule[] = [
  {
    id: 'docker-hub-token',
    description: 'Docker Hub personal or organization access token',
    severity: 'high',
    regex: /\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['dckr_pat_', 'dckr_oat_'],
    entropy: 3,
    tags: ['docker', 'package-registry'],
  },
  {
    id: 'docker-config-auth',
    description: 'Registry credentials in a Docker config.json ("auths" → "auth": base64 user:password)',
    severity: 'high',
    regex: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{8,1024}={0,2})"/,
    // The "auths" map is what makes this a Docker (or Podman, Kubernetes) registry config.
    keywords: ['"auths"'],
    entropy: 3,
    validate: isUserPassBase64,
    tags: ['docker', 'package-registry'],
  },
];
