import { describe, expect, it } from 'vitest';
import { Detector } from '../../scanner/detect/detector.js';
import { ALNUM, join, rand } from '../fixture-kit.js';
import { defaultRules } from '../index.js';

const detector = new Detector({ rules: defaultRules });
const scan = (text: string, path: string) =>
  detector.detect({ text, path }).map((f) => ({ ruleId: f.ruleId, secret: f.secret }));

describe('frontend-env-secret', () => {
  it('leaves a .env file to env-file-credentials, so the value is one finding', () => {
    const value = join(rand(ALNUM, 28), '4k');
    expect(scan(`REACT_APP_PAYMENTS_SECRET=${value}\n`, 'web/.env.production')).toEqual([
      { ruleId: 'env-file-credentials', secret: value },
    ]);
  });

  it('gives way to the provider rule when the value has a provider format', () => {
    const key = join('sk_', 'live_', rand(ALNUM, 24));
    const found = scan(`e={REACT_APP_STRIPE_SECRET_KEY:"${key}"}`, 'build/static/js/main.js');
    expect(found.map((f) => f.ruleId)).not.toContain('frontend-env-secret');
    expect(found.map((f) => f.secret)).toContain(key);
  });

  it('outranks the generic rules on the same value in a bundle', () => {
    const value = join(rand(ALNUM, 30), '9x');
    expect(scan(`window.env={VITE_INTERNAL_API_TOKEN:"${value}"}`, 'dist/assets/index-3f9a.js')).toEqual([
      { ruleId: 'frontend-env-secret', secret: value },
    ]);
  });
});
