import { Command, Option } from 'commander';
import { loadConfig } from '../config/load.js';

interface RulesFlags {
  config?: string;
  format: 'text' | 'json';
}

/** Lists the active rules, after the config's extends and disabledRules are applied. */
export function rulesCommand(run: (code: number) => void): Command {
  return new Command('rules')
    .description('list the detection rules that a scan would use')
    .option('-c, --config <file>', 'config file to apply (default: leakhound.toml or .gitleaks.toml here)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags: RulesFlags) => {
      const { config } = await loadConfig({ configPath: flags.config, root: process.cwd() });
      if (flags.format === 'json') {
        const rows = config.rules.map((r) => ({
          id: r.id,
          description: r.description,
          severity: r.severity,
          keywords: r.keywords,
          tags: r.tags ?? [],
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const width = Math.max(...config.rules.map((r) => r.id.length));
        for (const r of config.rules)
          process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}\n`);
        process.stdout.write(`${config.rules.length} rules\n`);
      }
      run(0);
    });
}
