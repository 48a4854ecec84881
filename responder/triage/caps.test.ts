import { describe, expect, it } from 'vitest';
import type { Severity } from '../../rules/types.js';
import type { Candidate } from './candidate.js';
import { capFindings, MAX_LOCATIONS } from './caps.js';

const place = (secret: string, file: string, severity: Severity = 'high'): Candidate => ({
  ruleId: 'demo',
  description: 'demo',
  severity,
  secret,
  file,
  startLine: 1,
  commit: 'c',
  author: 'a',
  email: 'e',
  date: 'd',
  fingerprint: `c:${file}:demo:1`,
});

describe('capFindings', () => {
  it('keeps another credential in triage however many copies of one blob came first', () => {
    const copies = Array.from({ length: 500 }, (_, i) => place('one', `copies/${i}/keys.env`));
    const r = capFindings([...copies, place('two', 'other.env')], 20);
    expect(r.kept).toHaveLength(20);
    expect(new Set(r.kept.map((c) => c.secret))).toEqual(new Set(['one', 'two']));
    expect(r.overCap).toBe(0);
    expect(r.extraLocations).toBe(501 - 20);
    // The first kept place of each credential says how many more places it had.
    expect(r.kept.find((c) => c.secret === 'one')!.morePlaces).toBe(500 - 19);
    expect(r.kept.filter((c) => c.morePlaces !== undefined)).toHaveLength(1);
    expect(copies[0]!.morePlaces).toBeUndefined();
  });

  it('keeps at most MAX_LOCATIONS places of one credential', () => {
    const r = capFindings(
      Array.from({ length: 50 }, (_, i) => place('one', `f${i}`)),
      1000,
    );
    expect(r.kept).toHaveLength(MAX_LOCATIONS);
    expect(r.kept.map((c) => c.file)).toEqual(Array.from({ length: MAX_LOCATIONS }, (_, i) => `f${i}`));
    expect(r.extraLocations).toBe(50 - MAX_LOCATIONS);
  });

  it('counts as over the cap only credentials left out entirely, most severe kept first', () => {
    const r = capFindings(
      [place('low', 'a', 'low'), place('low', 'b', 'low'), place('crit', 'c', 'critical'), place('mid', 'd', 'medium')],
      2,
    );
    expect(r.kept.map((c) => c.secret)).toEqual(['crit', 'mid']);
    expect(r.overCap).toBe(2);
    expect(r.extraLocations).toBe(0);
  });
});
