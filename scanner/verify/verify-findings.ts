// --verify: asks each finding's provider whether the secret works, and records the answer on
// the finding. Each distinct secret is asked once per run however many findings repeat it;
// calls run a few at a time and each provider is throttled to its rate. A credential in two
// parts (AWS) is verified with the nearest pair found in the same file and commit.
import type { Credential, ProviderContext, Verification } from '../../rules/provider.js';
import { providerForPairRule, providerForRule } from '../../rules/providers.js';
import type { Finding } from '../finding.js';

const CONCURRENCY = 4;

export async function verifyCredential(c: Credential, ctx: ProviderContext): Promise<Verification> {
  const p = providerForRule(c.ruleId);
  if (!p?.verify) return { state: 'unknown', reason: `no provider verifies ${c.ruleId}` };
  const unverifiable = p.unverifiable?.[c.ruleId];
  if (unverifiable) return { state: 'unknown', reason: unverifiable };
  let v: Verification;
  try {
    v = await p.verify(c, ctx);
  } catch (err) {
    // A provider bug must not sink the scan, nor its message leak the secret.
    v = { state: 'unknown', reason: `verifying with ${p.name} failed (${(err as Error)?.name ?? 'error'})` };
  }
  return { ...v, reason: scrub(v.reason, c) };
}

function scrub(text: string, c: Credential): string {
  let out = text;
  for (const s of [c.secret, c.pair]) if (s && s.length >= 4) out = out.split(s).join('[secret]');
  return out;
}

/** The pair finding nearest to `f` in the same file and commit, for two-part credentials. */
function pairFor(f: Finding, all: readonly Finding[]): string | undefined {
  const p = providerForRule(f.ruleId);
  if (!p?.pairRules?.length) return undefined;
  const candidates = all.filter(
    (o) => p.pairRules!.includes(o.ruleId) && o.file === f.file && o.commit === f.commit && o.secret !== '',
  );
  candidates.sort((a, b) => Math.abs(a.startLine - f.startLine) - Math.abs(b.startLine - f.startLine));
  return candidates[0]?.secret;
}

export async function verifyFindings(
  findings: readonly Finding[],
  ctx: ProviderContext,
  now = () => new Date(),
): Promise<Finding[]> {
  const credentials = new Map<string, Credential>();
  const plan: (string | Verification)[] = findings.map((f) => {
    const c = credentialOf(f, findings);
    if ('state' in c) return c;
    const key = `${c.ruleId}\0${c.secret}\0${c.pair ?? ''}\0${c.hosts?.join(',') ?? ''}`;
    credentials.set(key, c);
    return key;
  });
  const answers = new Map<string, Verification>();
  const pending = [...credentials];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        answers.set(next[0], await verifyCredential(next[1], ctx));
      }
    }),
  );
  return findings.map((f, i) => {
    const entry = plan[i]!;
    const v = typeof entry === 'string' ? answers.get(entry)! : entry;
    return { ...f, verification: { state: v.state, reason: v.reason, checkedAt: now().toISOString() } };
  });
}

/** What to ask the provider for this finding; the pair half of a credential asks with its partner. */
function credentialOf(f: Finding, all: readonly Finding[]): Credential | Verification {
  const pairOf = providerForPairRule(f.ruleId);
  if (!pairOf) {
    const pair = pairFor(f, all);
    return { ruleId: f.ruleId, secret: f.secret, ...(pair ? { pair } : {}), ...(f.hosts ? { hosts: f.hosts } : {}) };
  }
  const partners = all.filter((o) => pairOf.rules.includes(o.ruleId) && o.file === f.file && o.commit === f.commit);
  partners.sort((a, b) => Math.abs(a.startLine - f.startLine) - Math.abs(b.startLine - f.startLine));
  const partner = partners[0];
  if (!partner) {
    return { state: 'unknown', reason: `the other half of this ${pairOf.name} credential was not found beside it` };
  }
  return { ruleId: partner.ruleId, secret: partner.secret, pair: f.secret };
}
