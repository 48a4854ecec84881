import { describe, expect, it } from 'vitest';
import type { Incident } from '../../ledger/types.js';
import { exposureMoments, exposureSummary } from './exposure.js';

const base: Incident = {
  id: 'a'.repeat(32),
  ruleId: 'aws-access-key-id',
  description: 'AWS access key ID',
  provider: 'aws',
  credential: 'AKIA…WXYZ',
  repo: 'o/r',
  repoUrl: 'https://github.com/o/r',
  visibility: 'private',
  source: 'push',
  state: 'open',
  round: 0,
  severity: 'high',
  openedAt: '2026-01-06T13:00:00.000Z',
  steps: {},
  locations: [
    { file: 'a', startLine: 1, commit: 'c', author: '', email: '', date: '2026-01-05T10:00:00+02:00' },
    { file: 'b', startLine: 1, commit: 'd', author: '', email: '', date: 'not a date' },
  ],
};
const now = new Date('2026-01-06T14:00:00.000Z');

describe('the exposure moments', () => {
  it('orders committed → pushed → detected → contained → eradicated → closed, with what is known', () => {
    const m = exposureMoments({
      ...base,
      pushedAt: '2026-01-05T09:00:00.000Z',
      containedAt: '2026-01-06T13:00:05.000Z',
      steps: { history: { status: 'done', at: '2026-01-06T15:00:00.000Z', by: 'slack:U1' } },
    });
    expect(m.map((x) => [x.id, x.at])).toEqual([
      ['committed', '2026-01-05T08:00:00.000Z'],
      ['pushed', '2026-01-05T09:00:00.000Z'],
      ['detected', '2026-01-06T13:00:00.000Z'],
      ['contained', '2026-01-06T13:00:05.000Z'],
      ['eradicated', '2026-01-06T15:00:00.000Z'],
      ['closed', undefined],
    ]);
  });

  it.each<[string, Partial<Incident> & { pushedAt?: string }, string]>([
    [
      'from the push until containment',
      { pushedAt: '2026-01-05T09:00:00.000Z', containedAt: '2026-01-06T14:00:00.000Z' },
      'The credential was exposed for 1d 5h 0m, until it was contained.',
    ],
    [
      'in a public repository, still exposed',
      { visibility: 'public', exposureStart: '2026-01-06T12:00:00.000Z' },
      'The credential has been publicly exposed for 2h 0m: not contained yet.',
    ],
    [
      'from the first commit when nothing else is known',
      {},
      'The credential has been exposed for 1d 6h 0m: not contained yet.',
    ],
    ['unknown', { locations: [] }, 'When the credential was first exposed is unknown.'],
  ])('says how long it was exposed: %s', (_, over, text) => {
    expect(exposureSummary({ ...base, ...over }, now)).toBe(text);
  });
});
