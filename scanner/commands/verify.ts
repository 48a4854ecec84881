import { Command, Option } from 'commander';
import { cliProviderContext } from '../verify/context.js';
import { readCredential, type CredentialFlags } from '../verify/read-credential.js';
import { verifyCredential } from '../verify/verify-findings.js';

interface VerifyFlags extends CredentialFlags {
  format: 'text' | 'json';
}

/** Exit codes: 0 live, 1 invalid, 3 unknown (2 is usage, as everywhere). */
export const VERIFY_EXIT = { live: 0, invalid: 1, unknown: 3 } as const;

export function verifyCommand(run: (code: number) => void): Command {
  return new Command('verify')
    .description("ask a secret's provider whether it works: exit 0 live, 1 invalid, 3 unknown")
    .argument('<secret>', 'the secret, or - to read it from stdin (keeps it out of shell history)')
    .requiredOption('-r, --rule <id>', 'the rule that names the credential, e.g. stripe-secret-key')
    .option('--pair <secret>', 'the second half of a two-part credential (AWS: the secret access key)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (arg: string, flags: VerifyFlags) => {
      const { credential } = await readCredential('verify', flags, arg);
      const v = await verifyCredential(credential, cliProviderContext());
      const checkedAt = new Date().toISOString();
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify({ ruleId: credential.ruleId, ...v, checkedAt }, null, 2)}\n`);
      } else {
        const mark = { live: '✔ live', invalid: '✖ invalid', unknown: '? unknown' }[v.state];
        process.stdout.write(`${mark}: ${v.reason}\n`);
      }
      run(VERIFY_EXIT[v.state]);
    });
}
