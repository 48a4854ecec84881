import { BASE64, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const make = (): string => join('sntryu_', rand(HEX, 64));
    const [a, b, c] = [make(), make(), make()];
    const short = join('sntryu_', rand(HEX, 61));
    out['sentry-user-auth-token'] = {
      truePositives: [
        { text: `SENTRY_AUTH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  {
    const make = (): string =>
      join(
        'sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8i',
        rand(BASE64, 40),
        '_',
        rand(BASE64, 43),
      );
    const [a, b, c] = [make(), make(), make()];
    const short = join(
      'sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8i',
      rand(BASE64, 40),
      '_',
      rand(BASE64, 40),
    );
    out['sentry-org-auth-token'] = {
      truePositives: [
        { text: `SENTRY_AUTH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  return out;
}
