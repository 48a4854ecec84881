import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string =>
    join(
      'st.',
      rand(HEX, 8),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 12),
      '.',
      rand(HEX, 32),
      '.',
      rand(HEX, 32),
    );
  const [a, b, c] = [make(), make(), make()];
  const short = join(
    'st.',
    rand(HEX, 8),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 12),
    '.',
    rand(HEX, 32),
    '.',
    rand(HEX, 29),
  );
  return {
    'infisical-service-token': {
      truePositives: [
        { text: `INFISICAL_TOKEN=${a}`, secret: a },
        { text: `{"infisical": {"token": "${b}"}}`, secret: b },
        { text: `infisical secrets --token=${c}`, secret: c },
      ],
      falsePositives: [
        { text: `infisical: ref = "${short}"` },
        { text: `infisical: ref = "Q${a}"` },
        { text: `ref = "${b}"` },
      ],
    },
  };
}
