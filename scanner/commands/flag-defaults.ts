// What the scanning commands' shared flags hold when none is given. A module of its own, so the
// hooks' fast path (hook-invocation.ts) can read it without loading commander.
import type { CommonFlags } from './common.js';

export const FORMATS = ['text', 'json', 'sarif', 'csv', 'junit'] as const;

/**
 * `--format` and `--threads` defaults, and `color`, which commander sets for `--no-color`. The
 * fast path starts from these too; a test checks both against commander's parse.
 */
export const COMMON_DEFAULTS = { format: 'text', threads: 0, color: true } as const satisfies Partial<CommonFlags>;
