import { Command } from 'commander';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../errors.js';
import { cliProviderContext } from '../verify/context.js';
import { readCredential, type CredentialFlags } from '../verify/read-credential.js';
import { runContainment } from '../verify/run-containment.js';

interface RevokeFlags extends CredentialFlags {
  yes?: boolean;
}

/** Exit codes: 0 revoked and confirmed, 1 a person must act, 3 not confirmed yet (2 is usage). */
export const REVOKE_EXIT = { revoked: 0, task: 1, unconfirmed: 3 } as const;

export function revokeCommand(run: (code: number) => void): Command {
  return new Command('revoke')
    .description('revoke one leaked secret at its provider (asks for confirmation unless --yes)')
    .argument('<secret>', 'the secret, or - to read it from stdin (keeps it out of shell history)')
    .requiredOption('-r, --rule <id>', 'the rule that names the credential, e.g. github-pat')
    .option('--pair <secret>', 'the second half of a two-part credential (AWS: the secret access key)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (arg: string, flags: RevokeFlags) => {
      const { provider, credential } = await readCredential('revoke', flags, arg);
      const tail = credential.secret.slice(-4);
      if (
        !flags.yes &&
        !(await confirm(`Revoke the ${provider.name} credential (${credential.ruleId}) ending …${tail}? [y/N] `))
      ) {
        process.stderr.write('leakhound: not revoked\n');
        run(REVOKE_EXIT.task);
        return;
      }
      const firstPauseMs = Number(process.env.LEAKHOUND_REVOKE_PAUSE_MS ?? 2000);
      const r = await runContainment(provider, credential, cliProviderContext(), { retries: 4, firstPauseMs });
      const marks = { done: '✔', task: '→', retry: '…', 'not-run': ' ' } as const;
      for (const s of r.steps) process.stdout.write(`${marks[s.result.outcome]} ${s.title}: ${s.result.detail}\n`);
      run(REVOKE_EXIT[r.outcome]);
    });
}

/** Asks on the terminal (stdin may carry the secret); no terminal means --yes is required. */
async function confirm(question: string): Promise<boolean> {
  let tty: Awaited<ReturnType<typeof open>>;
  try {
    tty = await open('/dev/tty', 'r');
  } catch {
    throw new UsageError('revoke: no terminal to confirm on; pass --yes to revoke without asking');
  }
  const input = tty.createReadStream();
  const rl = createInterface({ input, output: process.stderr });
  try {
    return /^y(?:es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
    input.destroy();
    await tty.close().catch(() => {});
  }
}
