import { describe, expect, it } from 'vitest';
import { hasBacktrackingRisk } from './backtracking-risk.js';

describe('hasBacktrackingRisk', () => {
  it.each([
    '(a+)+$',
    '(a|a)*b',
    '(?:\\w+\\s?)*=',
    '\\w+\\w+x',
    '.*.*=',
    '(?<v>[a-z]{1,50})+$',
    '([a-z]+[0-9]*)*!',
    '[a-z]+=[0-9]+',
    'api_key\\s*=\\s*"([a-z0-9]{32})"',
    '\\w+$',
    '[(+]+x',
  ])('flags %s', (source) => {
    expect(hasBacktrackingRisk(source)).toBe(true);
  });

  it.each([
    '\\b(AKIA[A-Z2-7]{16})\\b',
    '(?:token|secret)[\\w.-]{0,20}[\\s\'"]{0,3}(?:=|:)[\\s\'"]{0,3}([a-z0-9]{32})',
    'xox[baprs]-([0-9a-zA-Z-]{10,48})',
    '(?:ab)?c{2}',
    '(?i)\\bmytoken_[a-z0-9]+',
    '(?:key|token)[\\w.-]{0,20}=([a-z0-9]+)',
  ])('passes %s', (source) => {
    expect(hasBacktrackingRisk(source)).toBe(false);
  });
});
