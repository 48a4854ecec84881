import { describe, expect, it } from 'vitest';
import { ALNUM, BASE64, join, rand, UPPER } from '../../rules/fixture-kit.js';
import { createLogger } from '../log.js';
import { redact, Scrubber } from './scrub.js';

const keyId = join('AKIA', rand(`${UPPER}234567`, 16));
const secretKey = rand(BASE64, 40);
const opaque = rand(ALNUM, 24);

describe('redact', () => {
  it.each([
    [40, 'abcd…WXYZ'],
    [24, 'abcd…WXYZ'],
    [20, 'abcd…YZ'],
    [12, 'ab…YZ'],
    [8, 'a…Z'],
    [7, '…'],
  ])('shows at most 4 + 4 characters, fewer for shorter secrets (%i characters → %s)', (n, shown) => {
    const secret = n >= 8 ? `abcd${'m'.repeat(n - 8)}WXYZ` : 'abcdXYZ'.slice(0, n);
    expect(secret).toHaveLength(n);
    expect(redact(secret)).toBe(shown);
  });
});

describe('Scrubber', () => {
  it('redacts the secrets it was given and whatever the rules recognise', () => {
    const s = new Scrubber();
    s.add(opaque);
    const out = s.text(`token ${opaque} failed; aws_secret_access_key=${secretKey} for ${keyId}`);
    expect(out).not.toContain(opaque);
    expect(out).not.toContain(secretKey);
    expect(out).not.toContain(keyId);
    expect(out).toContain(redact(keyId));
  });

  it('keeps an error class usable while scrubbing its message and stack', () => {
    class StepError extends Error {
      override name = 'StepError';
    }
    const s = new Scrubber();
    s.add(opaque);
    const safe = s.error(new StepError(`cannot use ${opaque}`));
    expect(safe).toBeInstanceOf(StepError);
    expect(safe.message).toBe(`cannot use ${redact(opaque)}`);
    expect(safe.stack).not.toContain(opaque);
  });
});

describe('createLogger', () => {
  it('never writes a recognisable secret', () => {
    const lines: string[] = [];
    const log = createLogger('t', { write: (l) => void lines.push(l) });
    log.error(`AccessDenied for ${keyId}`, { detail: `aws_secret_access_key: ${secretKey}` });
    expect(lines.join('')).not.toContain(keyId);
    expect(lines.join('')).not.toContain(secretKey);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', component: 't' });
  });
});
