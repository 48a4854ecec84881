// The git hook scripts `leakhound hook install` writes. POSIX sh, so they run wherever git
// runs hooks. A hook that was there before is kept beside ours under a fixed name and run
// first, with the same arguments and stdin: it may re-stage files (formatters), and the scan
// must see what will really be committed.
import { shellQuote } from './allow-hint.js';

export const HOOK_KINDS = ['pre-commit', 'pre-push'] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

/** The line that marks a hook file as ours. */
export const MARKER = '# leakhound-hook v1';

/** Where an existing hook is kept while ours is installed. */
export function chainedName(kind: HookKind): string {
  return `${kind}.leakhound-chained`;
}

export interface Launcher {
  /** The node binary and the CLI script that ran `hook install`. */
  node: string;
  cli: string;
  /** `hook install --daemon`: the pre-commit hook starts a hook daemon when none runs. */
  daemon?: boolean;
}

export function hookScript(kind: HookKind, launcher: Launcher): string {
  const bypass = kind === 'pre-commit' ? 'git commit --no-verify' : 'git push --no-verify';
  const lines = [
    '#!/bin/sh',
    MARKER,
    `# ${kind}: installed by \`leakhound hook install\`; \`leakhound hook uninstall\` removes it and restores any hook it replaced.`,
    `# To skip the check once: ${bypass}`,
    `LEAKHOUND_NODE=${shellQuote(launcher.node)}`,
    `LEAKHOUND_CLI=${shellQuote(launcher.cli)}`,
    `chained="$(dirname -- "$0")/${chainedName(kind)}"`,
  ];
  // A value the developer set (off, to never use one) wins.
  if (launcher.daemon && kind === 'pre-commit')
    lines.push(': "${LEAKHOUND_HOOK_DAEMON:=auto}"', 'export LEAKHOUND_HOOK_DAEMON');
  if (kind === 'pre-push') {
    // git writes the refs being pushed to stdin once; both hooks need them.
    lines.push(
      'refs=$(cat)',
      'feed() { [ -z "$refs" ] || printf \'%s\\n\' "$refs"; }',
      'if [ -x "$chained" ]; then feed | "$chained" "$@" || exit $?; fi',
    );
  } else {
    lines.push('if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi');
  }
  const args = kind === 'pre-push' ? `hook run ${kind} "$@"` : `hook run ${kind}`;
  const feed = kind === 'pre-push' ? 'feed | ' : '';
  lines.push(
    'if [ -f "$LEAKHOUND_CLI" ] && [ -x "$LEAKHOUND_NODE" ]; then',
    `  ${feed}"$LEAKHOUND_NODE" "$LEAKHOUND_CLI" ${args}`,
    'elif command -v leakhound >/dev/null 2>&1; then',
    `  ${feed}leakhound ${args}`,
    'else',
    `  echo "leakhound: cannot find leakhound (was $LEAKHOUND_CLI); reinstall it, or remove this hook with leakhound hook uninstall. To skip the check once: ${bypass}" >&2`,
    '  exit 1',
    'fi',
    '',
  );
  return lines.join('\n');
}

export function isOurs(text: string): boolean {
  return text.split('\n', 3).includes(MARKER);
}
