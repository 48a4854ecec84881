// leakhound over secretlint's own test cases: every credential secretlint expects, in a
// provider we cover, is found on the line secretlint gives; every negative case stays quiet.
// Where we disagree on purpose, the case is in VERDICTS with its reason.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultScanConfig } from '../../scanner/config/defaults.js';
import { toText } from '../../scanner/detect/content.js';
import { Detector } from '../../scanner/detect/detector.js';
import type { Finding } from '../../scanner/finding.js';
import { loadCases, type PeerCase, type PeerMessage } from './secretlint-cases.js';

// CI lays shared/ beside the clone.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/peer-fixtures/secretlint');
const present = existsSync(resolve(ROOT, 'cases'));

/**
 * not-covered: we do not detect this on purpose; its expected findings are not checked.
 * disagree: secretlint's expected finding is one we must NOT report (checked); on a negative
 *   case, we report what secretlint does not (not checked).
 * option: a .secretlintrc.json option changes secretlint's answer; not checked.
 * pending: our detection is wrong or missing and the fix belongs in rules/; not checked until fixed.
 * Keys: `<rule>/<case>`, or `<rule>/<case>:<line>` for one expected finding.
 */
type Verdict = { status: 'not-covered' | 'disagree' | 'option' | 'pending'; reason: string };

const ALLOWS: Verdict = {
  status: 'option',
  reason: "secretlint's `allows` list; leakhound's equivalent is an [[allowlists]] entry in leakhound.toml",
};
const KEY_STORE: Verdict = {
  status: 'disagree',
  reason:
    'leakhound reports any committed .p12/.pfx file by its name ("a key store is committed"), whatever its content: a key store belongs in a secret store, not in git',
};

const ALPHABET: Verdict = {
  status: 'disagree',
  reason: 'contains the alphabet in order: a made-up value (a stopword of the global allowlist)',
};

const VERDICTS: Record<string, Verdict> = {
  'aws/ng.AWS Account ID': {
    status: 'not-covered',
    reason: 'an account ID names an account and grants nothing; secretlint only reports it under enableIDScanRule',
  },
  'aws/ok.AWS Access Key ID--enableIDScanRule-false': {
    status: 'option',
    reason: "enableIDScanRule: false turns off secretlint's key ID check; leakhound always reports AKIA… IDs",
  },
  'aws/ok.AWS Secret Access Key': {
    status: 'disagree',
    reason:
      'a 56-character random value assigned to AWS_SECRET_ACCESS_KEY is reported (generic-secret); only a comment says it is encrypted',
  },
  'aws/options.allows': ALLOWS,
  'azure/ng.ad_tenant_id': {
    status: 'not-covered',
    reason: 'a tenant ID is a public identifier, not a credential (a false positive in rules/azure)',
  },
  'azure/ng.azure_client_id': {
    status: 'not-covered',
    reason: 'a client (application) ID is a public identifier, not a credential (a false positive in rules/azure)',
  },
  'basicauth/ng.basic-auth-ftp-url': {
    status: 'disagree',
    reason: 'user:pass@example.com is the textbook placeholder; documentation passwords are not reported',
  },
  'basicauth/ng.basic-auth-http-url': {
    status: 'disagree',
    reason: 'user:pass@example.com is the textbook placeholder; documentation passwords are not reported',
  },
  'basicauth/ng.basic-auth-in-markdown': {
    status: 'disagree',
    reason: 'user:pass@example.com is the textbook placeholder; documentation passwords are not reported',
  },
  'docker/ng.docker-pat': {
    status: 'disagree',
    reason: 'dckr_pat_Example… is a documented example token (a false positive in rules/docker)',
  },
  'figma/ng.secret': ALPHABET,
  'figma/ok.allows': ALLOWS,
  'gcp/ok.invalid-p12-empty': KEY_STORE,
  'gcp/ok.invalid-p12-huge-iter': KEY_STORE,
  'gcp/ok.invalid-p12-no-mac': KEY_STORE,
  'gcp/ok.invalid-p12-random': KEY_STORE,
  'gcp/ok.invalid-p12-truncated': KEY_STORE,
  'gcp/ok.secure-privatekey-p12': KEY_STORE,
  'grafana/ng.service_account_token': ALPHABET,
  'groq/ng.secret:4': ALPHABET,
  'groq/ok.allows': ALLOWS,
  'huggingface/ng.secret': { status: 'disagree', reason: 'hf_xxxx… is filler, not a token' },
  'linear/ng.secret': { status: 'disagree', reason: 'the key ends in EXAMPLE: a documentation value' },
  'notion/ng.secret:6': ALPHABET,
  'npm/npmrc-_authToken': {
    status: 'disagree',
    reason: '111111aaaa… has two distinct characters: filler, not a token',
  },
  'secp256k1-privatekey/ng.privkey': {
    status: 'not-covered',
    reason: 'raw wallet keys are not among our providers; 64 hex digits alone look like any SHA-256',
  },
  'shopify/ng.apikey': {
    status: 'disagree',
    reason: "all four are the samples in Shopify's changelog: documented examples (allowlisted in rules/shopify)",
  },
  'slack/ng.IncomingWebhook:1': {
    status: 'disagree',
    reason: "TXXXXX/BXXXXX/XXXXXXXXXX is Slack's documentation placeholder",
  },
  'slack/ng.found-slack-token': {
    status: 'disagree',
    reason: 'ids only, no random part: truncated examples (a false positive in rules/slack)',
  },
  'stripe/ng.secret': {
    status: 'disagree',
    reason: 'sk_live_AAAA… and the like are filler keys (false positives in rules/stripe)',
  },
  'tailscale/ok.allows': ALLOWS,
};

/** Our rules for each secretlint rule: its expected findings are checked once one of them is registered. */
const OUR_RULES: Record<string, string[]> = {
  '1password': ['1password-service-account-token'],
  anthropic: ['anthropic-api-key'],
  aws: ['aws-access-key-id', 'aws-secret-access-key'],
  azure: ['azure-ad-client-secret', 'azure-ad-client-secret-assignment'],
  basicauth: ['url-credentials'],
  cloudflare: ['cloudflare-api-token', 'cloudflare-global-api-key'],
  'database-connection-string': ['database-connection-url', 'jdbc-connection-password'],
  databricks: ['databricks-token'],
  docker: ['docker-hub-token'],
  figma: ['figma-personal-access-token'],
  gcp: ['gcp-service-account-key', 'key-store-file'],
  github: ['github-pat', 'github-fine-grained-pat', 'github-app-installation-token'],
  gitlab: ['gitlab-pat'],
  grafana: ['grafana-cloud-token', 'grafana-service-account-token'],
  groq: ['groq-api-key'],
  'hashicorp-vault': ['vault-service-token', 'vault-batch-token', 'vault-recovery-token'],
  huggingface: ['huggingface-access-token'],
  linear: ['linear-api-key'],
  notion: ['notion-integration-token'],
  npm: ['npm-access-token', 'npmrc-auth-token', 'github-oauth-basic-url'],
  openai: ['openai-api-key', 'openai-project-api-key'],
  privatekey: ['private-key'],
  'secp256k1-privatekey': [],
  sendgrid: ['sendgrid-api-key'],
  shopify: ['shopify-access-token', 'shopify-shared-secret'],
  slack: ['slack-bot-token', 'slack-user-token', 'slack-app-token', 'slack-webhook-url'],
  stripe: ['stripe-secret-key', 'stripe-restricted-key', 'stripe-test-key'],
  tailscale: ['tailscale-key'],
  vercel: ['vercel-token'],
};

const config = defaultScanConfig();
const registered = new Set(config.rules.map((r) => r.id));
const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
const cases = present ? loadCases(ROOT) : [];

/** What a scan of the case reports; a binary input only by its name, as the scanner does. */
function scan(c: PeerCase): Finding[] {
  const text = toText(c.bytes);
  return text === null ? detector.detectFileName({ path: c.inputName }) : detector.detect({ text, path: c.inputName });
}

/** A finding on the expected lines whose secret and secretlint's value overlap (when it names one). */
function reports(found: Finding[], m: PeerMessage): Finding | undefined {
  return found.find(
    (f) =>
      f.startLine <= m.endLine &&
      f.endLine >= m.line &&
      (m.value === null || m.value.includes(f.secret) || f.secret.includes(m.value)),
  );
}

const describeIfPresent = present ? describe : describe.skip;

describeIfPresent(
  `secretlint's own cases (${present ? 'shared/peer-fixtures/secretlint' : `absent: ${ROOT} not found, CI lays shared/ beside the clone`})`,
  () => {
    it('cover every secretlint rule folder in OUR_RULES, and every verdict names a real case', () => {
      expect([...new Set(cases.map((c) => c.provider))].filter((p) => !(p in OUR_RULES))).toEqual([]);
      const keys = new Set(cases.flatMap((c) => [c.key, ...c.messages.map((m) => `${c.key}:${m.line}`)]));
      expect(Object.keys(VERDICTS).filter((k) => !keys.has(k))).toEqual([]);
    });

    for (const c of cases) {
      const verdict = VERDICTS[c.key];
      if (c.messages.length === 0) {
        if (verdict) it.skip(`${c.key} is quiet — ${verdict.status}: ${verdict.reason}`, () => {});
        else
          it(`${c.key} produces no finding`, () =>
            expect(scan(c).map((f) => `${f.startLine}: ${f.ruleId}`)).toEqual([]));
        continue;
      }
      const ours = (OUR_RULES[c.provider] ?? []).filter((id) => registered.has(id));
      for (const m of c.messages) {
        const v = VERDICTS[`${c.key}:${m.line}`] ?? verdict;
        const title = `${c.key} line ${m.line} (${m.messageId})`;
        if (v?.status === 'disagree') {
          it(`${title} is not reported — ${v.reason}`, () => expect(reports(scan(c), m)).toBeUndefined());
        } else if (v) {
          it.skip(`${title} — ${v.status}: ${v.reason}`, () => {});
        } else if (ours.length === 0) {
          it.skip(`${title} — not covered yet: none of ${OUR_RULES[c.provider]?.join(', ') || 'our rules'} is in rules/index.ts`, () => {});
        } else {
          it(`${title} is found on that line`, () => {
            const found = scan(c);
            expect(
              reports(found, m),
              `findings: ${found.map((f) => `${f.startLine}-${f.endLine} ${f.ruleId}`).join(', ') || 'none'}`,
            ).toBeDefined();
          });
        }
      }
    }
  },
);
