import { Command, Option } from 'commander';
import { PROVIDERS, summarise } from '../../rules/providers.js';

/** Lists the provider registry: which rules each provider covers and what it can do. */
export function providersCommand(run: (code: number) => void): Command {
  return new Command('providers')
    .description('list the providers that can verify, revoke or rotate credentials, and their rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: { format: 'text' | 'json' }) => {
      const rows = PROVIDERS.map(summarise);
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const yes = (b: boolean) => (b ? 'yes' : '-');
        const width = Math.max(...rows.map((r) => r.id.length));
        process.stdout.write(`${'provider'.padEnd(width)}  verify  revoke  rotate  rules\n`);
        for (const r of rows) {
          process.stdout.write(
            `${r.id.padEnd(width)}  ${yes(r.verify).padEnd(6)}  ${yes(r.revoke).padEnd(6)}  ${yes(r.rotate).padEnd(6)}  ${r.rules.join(', ')}\n`,
          );
        }
        const n = (k: 'verify' | 'revoke') => rows.filter((r) => r[k]).length;
        process.stdout.write(`${rows.length} providers: ${n('verify')} verify, ${n('revoke')} revoke\n`);
      }
      run(0);
    });
}
