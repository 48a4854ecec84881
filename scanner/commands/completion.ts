import { Argument, Command } from 'commander';
import { type CommandSpec, completionScript, SHELLS, type Shell } from './completion-script.js';

/**
 * `leakhound completion SHELL` prints a completion script built from the commands as they are
 * defined, so a new command or flag completes without anyone editing a second list.
 */
export function completionCommand(program: Command): (run: (code: number) => void) => Command {
  return (run) =>
    new Command('completion')
      .description('print a shell completion script (bash, zsh or fish)')
      .addArgument(new Argument('<shell>', 'the shell to complete for').choices(SHELLS))
      .addHelpText(
        'after',
        [
          '',
          'Install:',
          '  bash  leakhound completion bash > ~/.local/share/bash-completion/completions/leakhound',
          '  zsh   leakhound completion zsh > "${fpath[1]}/_leakhound"',
          '  fish  leakhound completion fish > ~/.config/fish/completions/leakhound.fish',
        ].join('\n'),
      )
      .action((shell: string) => {
        process.stdout.write(completionScript(shell as Shell, describe(program)));
        run(0);
      });
}

/** The command tree as plain data, leaving out `help` and this command's own plumbing. */
export function describe(cmd: Command): CommandSpec {
  return {
    name: cmd.name(),
    description: cmd.description(),
    options: cmd.options
      .filter((o) => o.long !== undefined && !o.hidden)
      .map((o) => ({
        long: o.long!,
        short: o.short,
        description: o.description,
        takesValue: o.required || o.optional,
        choices: o.argChoices ?? [],
      })),
    commands: cmd.commands.filter((c) => c.name() !== 'help').map(describe),
    argChoices: cmd.registeredArguments.flatMap((a) => a.argChoices ?? []),
  };
}
