import { DIGITS, HEX, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join(rand(LOWER + DIGITS, 6), '.', rand(LOWER + DIGITS, 16));
  const [a, b] = [make(), make()];
  return {
    'kubernetes-bootstrap-token': {
      truePositives: [
        {
          text: `kubeadm join 10.0.0.10:6443 --token ${a} --discovery-token-ca-cert-hash sha256:${rand(HEX, 64)}`,
          secret: a,
        },
        {
          text: `bootstrapTokens:\n- groups:\n  - system:bootstrappers:kubeadm:default-node-token\n  token: ${b}\n`,
          secret: b,
        },
      ],
      falsePositives: [
        { text: `host = "${a}"` },
        { text: 'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef' },
      ],
    },
  };
}
