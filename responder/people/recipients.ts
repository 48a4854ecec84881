// Who is told about a leak: every author of a commit that brought the credential in, the
// person who pushed it, and the credential's owners, each once (by email) with every role they
// have. Pure.
import type { Incident } from '../ledger/types.js';
import { normalEmail } from './email.js';
import type { Role } from './messages.js';
import type { OwnerContact } from './owner.js';

/** A push of generated or vendored files can name many authors; beyond this, the channel has the rest. */
export const MAX_AUTHORS = 10;

export interface Recipient {
  email: string;
  name?: string;
  roles: Role[];
  ownerSource?: string;
}

export function recipients(i: Incident, owners: OwnerContact[]): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  const add = (email: string | undefined, role: Role, name?: string, ownerSource?: string): void => {
    const e = normalEmail(email);
    if (!e) return;
    const r = byEmail.get(e) ?? { email: e, roles: [], ...(name ? { name } : {}) };
    if (!r.roles.includes(role)) r.roles.push(role);
    if (ownerSource && !r.ownerSource) r.ownerSource = ownerSource;
    byEmail.set(e, r);
  };
  const authors = [...new Set(i.locations.map((l) => normalEmail(l.email)).filter((e) => e !== undefined))];
  for (const email of authors.slice(0, MAX_AUTHORS)) {
    add(email, 'author', i.locations.find((l) => normalEmail(l.email) === email)?.author);
  }
  add(i.pusher?.email, 'pusher', i.pusher?.name);
  for (const o of owners) add(o.email, 'owner', undefined, o.source);
  return [...byEmail.values()];
}
