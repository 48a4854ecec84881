import { describe, expect, it } from 'vitest';
import { exposureStart, secondsBetween } from './exposure.js';

describe('exposureStart', () => {
  it.each([
    [
      'the push, even when the commit is older',
      { pushedAt: '2026-01-02T10:00:00Z', commitDates: ['2026-01-01T07:00:00Z'] },
      '2026-01-02T10:00:00.000Z',
    ],
    [
      'the earliest parsable commit date without a push time',
      { commitDates: ['2026-01-03T00:00:00+02:00', 'garbage', '', '2026-01-02T23:00:00Z'] },
      '2026-01-03T00:00:00+02:00',
    ],
    [
      "the alert's creation when no commit date is known",
      { commitDates: [], alertCreatedAt: '2026-01-04T00:00:00Z' },
      '2026-01-04T00:00:00Z',
    ],
    ['nothing when nothing says', { commitDates: ['not a date'], pushedAt: 'nope' }, undefined],
  ])('is %s', (_, input, expected) => {
    expect(exposureStart(input)).toBe(expected);
  });
});

describe('secondsBetween', () => {
  it('measures a day and five hours as such, not as the fraction of a second the response took', () => {
    expect(secondsBetween('2026-01-05T08:00:00Z', '2026-01-06T13:00:00.200Z')).toBe(104_400.2);
  });
  it('counts a start in the future (a skewed commit clock) as zero, and an unknown start as unknown', () => {
    expect(secondsBetween('2026-01-07T00:00:00Z', new Date('2026-01-06T00:00:00Z'))).toBe(0);
    expect(secondsBetween(undefined, new Date())).toBeUndefined();
    expect(secondsBetween('x', new Date())).toBeUndefined();
  });
});
