// The shared front of `leakhound verify` and `leakhound revoke`: which provider, and the
// secret (from the argument, or from stdin with `-` so it stays out of shell history). A secret
// that looks like another provider's credential is refused, so a wrong --rule can never send
// one provider's secret to another provider.
import type { Credential, Provider } from '../../rules/provider.js';
import { providerForPairRule, providerForRule } from '../../rules/providers.js';
import { defaultRules } from '../../rules/index.js';
import { ruleMatchesWhole } from '../../rules/rule-match.js';
import { UsageError } from '../errors.js';
import { readStdin } from '../sources/read-stdin.js';

const MAX_SECRET_BYTES = 64 * 1024;

export interface CredentialFlags {
  rule: string;
  pair?: string;
}

export async function readCredential(
  command: string,
  flags: CredentialFlags,
  arg: string,
): Promise<{ provider: Provider; credential: Credential }> {
  const provider = providerForRule(flags.rule);
  if (!provider) {
    const pairOf = providerForPairRule(flags.rule);
    const hint = pairOf
      ? `pass --rule ${pairOf.rules[0]} with --pair for the ${flags.rule}`
      : 'see `leakhound providers`';
    throw new UsageError(`${command}: no provider handles --rule ${flags.rule}; ${hint}`);
  }
  let text = arg;
  let pair = flags.pair;
  if (arg === '-') {
    const lines = (
      await readStdin(
        MAX_SECRET_BYTES,
        'expected the secret on the first line and, if it has one, its pair on the second',
      )
    )
      .toString('utf8')
      .split(/\r?\n/);
    text = lines[0] ?? '';
    // A second line is the pair (e.g. the AWS secret access key), unless --pair gave it.
    if (pair === undefined && lines[1]) pair = lines[1];
  }
  const secret = text.trim();
  if (!secret) throw new UsageError(`${command}: empty secret; pass it as an argument or with - on stdin`);
  const own = defaultRules.find((r) => r.id === flags.rule);
  if (!(own && ruleMatchesWhole(own, secret))) {
    const other = defaultRules.find(
      (r) => r.id !== flags.rule && !r.tags?.includes('generic') && ruleMatchesWhole(r, secret),
    );
    if (other) {
      throw new UsageError(`${command}: the secret looks like ${other.id}, not ${flags.rule}; pass --rule ${other.id}`);
    }
  }
  return { provider, credential: { ruleId: flags.rule, secret, ...(pair ? { pair: pair.trim() } : {}) } };
}
