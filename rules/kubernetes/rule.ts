import type { Rule } from '../types.js';

// kubernetes-bootstrap-token: https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/
export const rules: Rule[] = [
  {
    id: 'kubernetes-bootstrap-token',
    description:
      'Kubernetes bootstrap token (`<6>.<16>` lower-case alphanumerics) for kubeadm join or a bootstrap-token Secret',
    severity: 'high',
    regex: /\b([a-z0-9]{6}\.[a-z0-9]{16})\b/,
    keywords: ['kubeadm', 'bootstrap-token', '--token'],
    entropy: 3,
    // The token the kubeadm documentation uses in every example.
    allowlists: [{ regexes: [/^abcdef\.0123456789abcdef$/] }],
    tags: ['kubernetes', 'cluster', 'token'],
  },
];
