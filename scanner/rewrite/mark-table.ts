// The commit map's left side, kept compactly while the export streams: a million commits
// take 20 MB, not the ~100 MB a Map of strings would.

/** Commit ids by mark, packed: 20 or 32 bytes a commit instead of a string each. */
export class MarkTable {
  private bytes = Buffer.alloc(0);
  private width = 0;

  set(mark: number, hex: string): void {
    if (this.width === 0) this.width = hex.length / 2;
    const need = (mark + 1) * this.width;
    if (need > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(need, this.bytes.length * 2, 4096));
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    this.bytes.write(hex, mark * this.width, 'hex');
  }

  get(mark: number): string | null {
    if (this.width === 0 || (mark + 1) * this.width > this.bytes.length) return null;
    const hex = this.bytes.toString('hex', mark * this.width, (mark + 1) * this.width);
    return /^0+$/.test(hex) ? null : hex;
  }
}
