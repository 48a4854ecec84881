// The README's provider table, generated from the registry so the two cannot disagree
// (test/cli/readme-providers.test.ts compares them). Pure.
import { overrideVariable } from './provider-http.js';
import { PROVIDERS, summarise, verifiableRules } from './providers.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function providerTable(): string {
  const rows = PROVIDERS.map((p) => {
    const s = summarise(p);
    const verify = s.verify
      ? `✔ ${verifiableRules(p)
          .map((r) => `\`${r}\``)
          .join(', ')}`
      : '-';
    const how = p.containment.map((step) => step.title).join(' → ');
    const revoke = s.revoke
      ? `✔ ${p.revokes.map((r) => `\`${r}\``).join(', ')}: ${how}`
      : `task: ${p.manualRevocation}`;
    return `| ${p.name} | ${cell(verify)} | ${cell(revoke)} | \`${overrideVariable(p.id)}\` | ${cell(p.permissions)} |`;
  });
  return [
    '| provider | verifies | revokes (otherwise: the task a person gets) | endpoint override | permissions the responder needs |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
