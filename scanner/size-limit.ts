// The one size limit every scan applies to a file or blob: `--max-file-size`, else the
// config's `maxFileSize`, else 25 MB. Bigger inputs are skipped and reported, never read whole.

export const MB = 1024 * 1024;
export const DEFAULT_MAX_MB = 25;
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * MB;

/** The limit in bytes from a flag value and a config, both in megabytes. */
export function maxBytes(flagMb: number | undefined, config: { maxFileSize?: number }): number {
  return (flagMb ?? config.maxFileSize ?? DEFAULT_MAX_MB) * MB;
}
