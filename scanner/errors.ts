// Typed errors, mapped to exit codes in exactly one place (the CLI entry). Messages are one
// line, name what was wrong and how to fix it, and never contain a secret.

/** Bad flags or arguments. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A config file that cannot be read, parsed or validated. Exit 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(file ? `${file}: ${message}` : message, options);
  }
}

/** An input that cannot be scanned at all (missing path, unreadable baseline, not a repo). Exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

const USER_ERRORS = new Set(['UsageError', 'ConfigError', 'InputError']);

/**
 * True for the errors whose message is meant for the user as it stands. By name, not class: the
 * bundle's builds (the full CLI, the hooks', the hook daemon's) each have their own copy of these
 * classes, and `hook daemon` runs the daemon build's code under the hook build's CLI.
 */
export function isUserError(err: unknown): err is UsageError | ConfigError | InputError {
  return err instanceof Error && USER_ERRORS.has(err.name);
}
