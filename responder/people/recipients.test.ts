import { describe, expect, it } from 'vitest';
import type { Incident } from '../ledger/types.js';
import { MAX_AUTHORS, recipients } from './recipients.js';

const loc = (email: string, author = 'A') => ({ file: 'f', startLine: 1, commit: 'c', author, email, date: '' });
const incident = (over: Partial<Incident>): Incident => ({ locations: [], steps: {}, ...over }) as Incident;

describe('who is told about a leak', () => {
  it('names each person once, with every role they have, matching emails without regard to case', () => {
    const r = recipients(
      incident({ locations: [loc('Jane@Example.com', 'Jane')], pusher: { name: 'Jane', email: 'jane@example.com' } }),
      [{ email: 'ops@example.com', source: 'IAM user tag owner on bot' }],
    );
    expect(r).toEqual([
      { email: 'jane@example.com', name: 'Jane', roles: ['author', 'pusher'] },
      { email: 'ops@example.com', roles: ['owner'], ownerSource: 'IAM user tag owner on bot' },
    ]);
  });

  it.each(['', 'not an email', 'a@b', 'x@y.z>', '"quoted"@example.com', `${'a'.repeat(250)}@example.com`])(
    'skips an address that is not a plain email (%s)',
    (email) => {
      expect(recipients(incident({ locations: [loc(email)] }), [])).toEqual([]);
    },
  );

  it(`tells at most ${MAX_AUTHORS} authors of one leak`, () => {
    const locations = Array.from({ length: 30 }, (_, i) => loc(`dev${i}@example.com`));
    expect(recipients(incident({ locations }), [])).toHaveLength(MAX_AUTHORS);
  });
});
