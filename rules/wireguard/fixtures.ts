import { ALNUM, base64, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b, c] = [base64(rand(ALNUM, 32)), base64(rand(ALNUM, 32)), base64(rand(ALNUM, 32))];
  return {
    'wireguard-private-key': {
      truePositives: [
        { text: `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${a}\n`, secret: a, path: 'wg0.conf' },
        { text: `[Peer]\nPresharedKey = ${b}\n`, secret: b },
        { text: `wireguard:\n  private-key: ${c}\n`, secret: c },
      ],
      falsePositives: [
        { text: `[Peer]\nPublicKey = ${a}\n` },
        { text: 'PrivateKey = <contents-of-server-privatekey>' },
      ],
    },
  };
}
