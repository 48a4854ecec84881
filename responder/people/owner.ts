// Who answers for a leaked credential, beyond the people who committed and pushed it: for an
// AWS key, the `owner` of the rotation map entry that covers its IAM user, and the user's own
// `owner` or `email` tag (iam:ListUserTags). Read with the responder's own identity, from the
// IAM user the identify step found; never with the leaked key.
import { GetUserCommand, ListUserTagsCommand } from '@aws-sdk/client-iam';
import type { Owner } from '../../rules/aws/rotate-iam.js';
import type { Incident } from '../ledger/types.js';
import { findRotation } from '../rotation/map.js';
import type { Services } from '../services.js';
import { normalEmail } from './email.js';

export interface OwnerContact {
  email: string;
  /** Where the address came from, for the timeline: `rotation map entry 2`, `IAM user tag owner on deploy-bot`. */
  source: string;
}

const TAG_KEYS = new Set(['owner', 'email']);

/** The IAM user name the identify step recorded (its detail says "owned by IAM user <name> in account …"). */
export function iamUserOf(i: Incident, rotationOwner?: string): string | undefined {
  if (rotationOwner) {
    try {
      const o = JSON.parse(rotationOwner) as Partial<Owner>;
      if (typeof o.userName === 'string' && /^[\w+=,.@-]{1,64}$/.test(o.userName)) return o.userName;
    } catch {
      // An unreadable field says nothing; fall back to the step's record.
    }
  }
  return /owned by IAM user ([\w+=,.@-]{1,64}) in account/.exec(i.steps['aws-identify']?.detail ?? '')?.[1];
}

/** Contacts found, and what could not be read (said in the timeline, never a reason to fail). */
export async function credentialOwners(
  s: Services,
  i: Incident,
): Promise<{ contacts: OwnerContact[]; problems: string[] }> {
  const contacts: OwnerContact[] = [];
  const problems: string[] = [];
  if (i.provider !== 'aws') return { contacts, problems };
  const userName = iamUserOf(i, await s.ledger.getField(i.id, 'rotation:owner'));
  if (!userName) return { contacts, problems };
  const opts = { abortSignal: AbortSignal.timeout(s.config.aws.timeoutMs) };
  const map = s.config.rotation.map;
  if (map?.entries.some((e) => e.owner)) {
    try {
      const arn = (await s.aws.iam.send(new GetUserCommand({ UserName: userName }), opts)).User?.Arn;
      const entry = arn ? findRotation(map, 'aws', arn) : undefined;
      const email = normalEmail(entry?.owner);
      if (entry && email)
        contacts.push({ email, source: `rotation map entry rotation[${map.entries.indexOf(entry) + 1}]` });
    } catch (err) {
      problems.push(`could not read IAM user ${userName} (iam:GetUser): ${awsError(err)}`);
    }
  }
  try {
    const tags = (await s.aws.iam.send(new ListUserTagsCommand({ UserName: userName, MaxItems: 50 }), opts)).Tags ?? [];
    for (const t of tags) {
      const email = TAG_KEYS.has((t.Key ?? '').toLowerCase()) ? normalEmail(t.Value) : undefined;
      if (email) contacts.push({ email, source: `IAM user tag ${t.Key} on ${userName}` });
    }
  } catch (err) {
    problems.push(`could not read the tags of IAM user ${userName} (iam:ListUserTags): ${awsError(err)}`);
  }
  return { contacts, problems };
}

function awsError(err: unknown): string {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return `${e.name ?? 'error'}${e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}`;
}
