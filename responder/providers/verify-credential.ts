// Does a credential still work? Asked of its own provider only, with the secret that
// completes it. Live, invalid or unknown; a credential no provider can check is unknown.
import { verifyKeyPair, type Verification } from '../../rules/aws/verify.js';
import type { Services } from '../services.js';
import type { CredentialGroup } from '../triage/group.js';

export async function verifyCredential(s: Services, g: CredentialGroup): Promise<Verification> {
  if (g.provider === 'aws' && g.pair) {
    return verifyKeyPair(s.aws.keyPairSts(g.identity, g.pair), { timeoutMs: s.config.aws.timeoutMs });
  }
  return { status: 'unknown', error: 'leakhound cannot check this kind of credential' };
}
