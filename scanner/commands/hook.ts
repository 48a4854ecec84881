import { Argument, Command } from 'commander';
import { realpathSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { hookContext, prePushCheck, preCommitCheck, type HookRunFlags } from '../hooks/check.js';
import { HOOK_KINDS, type HookKind } from '../hooks/hook-script.js';
import { installHooks, uninstallHooks } from '../hooks/install.js';
import type { DaemonFlags } from '../daemon/server.js';

interface KindFlags {
  preCommit?: boolean;
  prePush?: boolean;
  repo: string;
  daemon?: boolean;
}

/** `leakhound hook install|uninstall|run`: git hooks that block commits and pushes adding secrets. */
export function hookCommand(run: (code: number) => void): Command {
  const hook = new Command('hook').description('install git hooks that block commits and pushes that add secrets');

  const install = new Command('install')
    .description('install the pre-commit hook (and/or pre-push); an existing hook is kept and still runs first')
    .option('--pre-commit', 'scan the staged changes before each commit (the default)')
    .option('--pre-push', 'scan the commits being pushed before each push')
    .option('--repo <dir>', 'the repository', '.')
    .option('--daemon', 'the pre-commit hook starts a hook daemon when none runs (see hook daemon)')
    .action(async (flags: KindFlags) => {
      const notes = await installHooks(flags.repo, kinds(flags, ['pre-commit']), {
        ...launcher(),
        daemon: !!flags.daemon,
      });
      process.stdout.write(notes.map((n) => `leakhound: ${n}\n`).join(''));
      run(0);
    });

  const uninstall = new Command('uninstall')
    .description('remove the hooks leakhound installed and put back the hooks they replaced')
    .option('--pre-commit', 'only the pre-commit hook')
    .option('--pre-push', 'only the pre-push hook')
    .option('--repo <dir>', 'the repository', '.')
    .action(async (flags: KindFlags) => {
      const notes = await uninstallHooks(flags.repo, kinds(flags, HOOK_KINDS));
      process.stdout.write(notes.map((n) => `leakhound: ${n}\n`).join(''));
      run(0);
    });

  const check = new Command('run')
    .description(
      'the check an installed hook runs: pre-commit scans the staged changes, pre-push the commits being pushed (refs on stdin)',
    )
    .addArgument(new Argument('<hook>', 'which check').choices(HOOK_KINDS))
    .argument('[remote]', 'pre-push: the remote name git passes')
    .argument('[url]', 'pre-push: the remote URL git passes (unused)')
    .option('--repo <dir>', 'the repository', '.')
    .option(
      '-c, --config <file>',
      'gitleaks-style TOML config (default: leakhound.toml or .gitleaks.toml at the repository root)',
    )
    .option('-b, --baseline <report.json>', 'suppress findings already in this earlier JSON report')
    .option('--redact [percent]', 'hide secrets in the output, fully (the default) or this percentage of each')
    .option('--no-redact', 'show secrets in full')
    .option('--no-color', 'plain text output even on a terminal')
    .action(async (kind: HookKind, remote: string | undefined, _url: string | undefined, options: HookRunFlags) => {
      const context = hookContext(options);
      run(
        kind === 'pre-commit'
          ? await preCommitCheck(context)
          : await prePushCheck(context, remote ?? 'origin', await readAll(process.stdin)),
      );
    });

  const daemon = daemonCommand();

  for (const sub of [install, uninstall, check, daemon])
    hook.addCommand(sub.exitOverride().configureOutput({ outputError: () => {} }));
  return hook;
}

/** `hook daemon run|start|stop|status` (daemon/server.ts, loaded only by these commands). */
function daemonCommand(): Command {
  const server = () => import('../daemon/server.js');
  const daemon = new Command('daemon').description(
    'opt-in: keep a process running that pre-commit hooks hand their checks to, so a commit waits less',
  );
  const timing = (c: Command): Command =>
    c
      .option('--idle-timeout <duration>', 'stop after this long without a check (s, m or h; at most 24h)', '60m')
      .option(
        '--check-timeout <duration>',
        'a check still running after this long ends the daemon; its hook then checks by itself',
        '60s',
      );
  const start = timing(new Command('start'))
    .description('start the daemon in the background (nothing happens if it already runs)')
    .action(async (flags: DaemonFlags) => {
      const { startDaemon } = await server();
      const { status, started } = await startDaemon(launcher().cli, flags);
      process.stdout.write(
        started
          ? `leakhound: hook daemon started (pid ${status.pid}); pre-commit checks of this leakhound now run in it; it stops after ${flags.idleTimeout} without one\n`
          : `leakhound: hook daemon already running (pid ${status.pid})\n`,
      );
    });
  const run = timing(new Command('run'))
    .description('run the daemon in the foreground, e.g. under systemd or launchd')
    .action(async (flags: DaemonFlags) => {
      const { runDaemon } = await server();
      if (!(await runDaemon(flags)))
        process.stderr.write('leakhound: a hook daemon of this leakhound is already running\n');
    });
  const stop = new Command('stop').description('stop the daemon').action(async () => {
    const { stopDaemon } = await server();
    process.stdout.write(
      (await stopDaemon()) ? 'leakhound: hook daemon stopped\n' : 'leakhound: no hook daemon running\n',
    );
  });
  const status = new Command('status')
    .description('whether the daemon runs, since when, and how many checks it ran')
    .action(async () => {
      const s = await (await server()).daemonStatus();
      process.stdout.write(
        s
          ? `leakhound: hook daemon running: pid ${s.pid}, since ${new Date(s.since).toISOString()}, ${s.served} checks run, stops after ${s.idleMs / 1000} s without one\n`
          : 'leakhound: no hook daemon running\n',
      );
    });
  for (const sub of [start, run, stop, status])
    daemon.addCommand(sub.exitOverride().configureOutput({ outputError: () => {} }));
  return daemon;
}

function kinds(flags: KindFlags, fallback: readonly HookKind[]): HookKind[] {
  const chosen = HOOK_KINDS.filter((k) => (k === 'pre-commit' ? flags.preCommit : flags.prePush));
  return chosen.length > 0 ? chosen : [...fallback];
}

/**
 * The node and CLI script running now: what the hook will run, whatever PATH git has then.
 * Installed from the package, that is the committed bundle (scanner/dist/cli.js), which starts
 * without resolving ~140 modules.
 */
function launcher(): { node: string; cli: string } {
  const script = process.argv[1];
  if (!script)
    throw new UsageError('hook install: cannot tell where the leakhound CLI is; run it as leakhound hook install');
  return { node: process.execPath, cli: realpathSync(script) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  if ((stream as NodeJS.ReadStream).isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
