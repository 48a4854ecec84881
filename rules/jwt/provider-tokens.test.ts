// JWTs and `sk_live_` keys that belong to a provider with its own rule are one finding, that
// provider's: the catch-all JWT rule and the Stripe rule step aside, so the incident goes to
// the provider that can revoke the credential.
import { describe, expect, it } from 'vitest';
import { Detector } from '../../scanner/detect/detector.js';
import { seed } from '../fixture-kit.js';
import { allFixtures } from '../fixtures.js';
import { defaultRules } from '../index.js';
import type { RuleFixtures } from '../types.js';

const detector = new Detector({ rules: defaultRules });
seed(20261127);
const fixtures: RuleFixtures = {};
for (const f of allFixtures) Object.assign(fixtures, f());

const OWNED = [
  'monday-api-token',
  'scalr-api-token',
  'workato-developer-api-token',
  'clerk-secret-key',
  'workos-api-key',
  'highnote-secret-key',
];

describe('provider-owned JWTs and sk_ keys', () => {
  it.each(OWNED)('%s: each true positive is one finding, the provider rule', (id) => {
    for (const c of fixtures[id]!.truePositives) {
      const found = detector.detect({ text: c.text, path: 'config/settings.txt' });
      expect(
        found.map((f) => f.ruleId),
        c.text.slice(0, 40),
      ).toEqual([id]);
    }
  });

  it('still reports a JWT or Stripe key that no provider setting claims', () => {
    const jwt = fixtures['monday-api-token']!.truePositives[0]!.secret!;
    expect(detector.detect({ text: `TOKEN=${jwt}`, path: 'a.env' }).map((f) => f.ruleId)).toEqual(['jwt']);
    const key = fixtures['clerk-secret-key']!.truePositives[0]!.secret!;
    expect(detector.detect({ text: `SECRET_KEY=${key}`, path: 'a.env' }).map((f) => f.ruleId)).toEqual([
      'stripe-secret-key',
    ]);
  });
});
