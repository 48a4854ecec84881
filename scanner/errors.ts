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

/** True for the errors whose message is meant for the user as it stands. */
export function isUserError(err: unknown): err is UsageError | ConfigError | InputError {
  return err instanceof UsageError || err instanceof ConfigError || err instanceof InputError;
}
