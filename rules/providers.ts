// Every provider leakhound can verify or contain, listed explicitly. Adding a provider is its
// own folder (rules/<provider>/provider.ts) and one line here. `leakhound providers`, the
// scanners' --verify, `leakhound verify`/`revoke` and the responder all read this list.
import { anthropic } from './anthropic/provider.js';
import { aws } from './aws/provider.js';
import { buildkite } from './buildkite/provider.js';
import { cloudflare } from './cloudflare/provider.js';
import { datadog } from './datadog/provider.js';
import { digitalocean } from './digitalocean/provider.js';
import { discord } from './discord/provider.js';
import { doppler } from './doppler/provider.js';
import { dropbox } from './dropbox/provider.js';
import { figma } from './figma/provider.js';
import { github } from './github/provider.js';
import { gitlab } from './gitlab/provider.js';
import { groq } from './groq/provider.js';
import { heroku } from './heroku/provider.js';
import { huggingface } from './huggingface/provider.js';
import { linear } from './linear/provider.js';
import { mailchimp } from './mailchimp/provider.js';
import { mailgun } from './mailgun/provider.js';
import { newrelic } from './newrelic/provider.js';
import { notion } from './notion/provider.js';
import { npm } from './npm/provider.js';
import { openai } from './openai/provider.js';
import { postman } from './postman/provider.js';
import type { Provider } from './provider.js';
import { sendgrid } from './sendgrid/provider.js';
import { slack } from './slack/provider.js';
import { stripe } from './stripe/provider.js';
import { tailscale } from './tailscale/provider.js';
import { telegram } from './telegram/provider.js';
import { terraformCloud } from './terraform-cloud/provider.js';
import { vercel } from './vercel/provider.js';

export const PROVIDERS: readonly Provider[] = [
  aws,
  stripe,
  github,
  slack,
  gitlab,
  vercel,
  cloudflare,
  sendgrid,
  discord,
  tailscale,
  openai,
  anthropic,
  huggingface,
  groq,
  digitalocean,
  npm,
  heroku,
  notion,
  linear,
  postman,
  datadog,
  mailgun,
  mailchimp,
  figma,
  terraformCloud,
  newrelic,
  telegram,
  doppler,
  buildkite,
  dropbox,
];

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/**
 * Requests per minute for a throttle name: a provider id, or `<provider>/<limit>` for an endpoint
 * with a limit of its own (GitHub's credential revocation API).
 */
export function ratePerMinuteOf(name: string): number {
  const [id = '', limit] = name.split('/', 2);
  const p = providerById(id);
  return (limit ? p?.limits?.[limit] : p?.ratePerMinute) ?? 60;
}

/** The provider whose credential a rule names (not its pair). */
export function providerForRule(ruleId: string): Provider | undefined {
  return PROVIDERS.find((p) => p.rules.includes(ruleId));
}

/** The provider a rule completes as the pair of another rule's credential. */
export function providerForPairRule(ruleId: string): Provider | undefined {
  return PROVIDERS.find((p) => p.pairRules?.includes(ruleId));
}

/** What a person must do to revoke this rule's credential by hand, where a provider says. */
export function howToRevokeByHand(ruleId: string): string | undefined {
  const p = providerForRule(ruleId);
  return p ? (p.manualRevocationByRule?.[ruleId] ?? p.manualRevocation) : undefined;
}

/** Rules a provider can actually send to the network (not the unverifiable ones). */
export function verifiableRules(p: Provider): string[] {
  return p.verify ? p.rules.filter((r) => !p.unverifiable?.[r]) : [];
}

/** The capability summary `leakhound providers` prints. */
export interface ProviderSummary {
  id: string;
  name: string;
  rules: string[];
  verify: boolean;
  revoke: boolean;
  rotate: boolean;
}

export function summarise(p: Provider): ProviderSummary {
  return {
    id: p.id,
    name: p.name,
    rules: [...p.rules, ...(p.pairRules ?? [])],
    verify: verifiableRules(p).length > 0,
    revoke: p.revokes.length > 0 && p.containment.length > 0,
    rotate: p.rotates,
  };
}
