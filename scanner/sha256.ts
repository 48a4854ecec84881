/**
 * SHA-256 of `text`, as lowercase hex. node:crypto loads on first use rather than at start-up:
 * it is ~5 ms of a pre-commit hook's start, and a clean commit hashes nothing.
 */
export function sha256Hex(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
