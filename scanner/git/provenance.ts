import type { Finding, SkippedInput } from '../finding.js';

/**
 * Keeps, for each (file, rule, secret), the findings from the earliest commit that has that
 * secret at that path: one secret introduced once at one path is one finding, however many
 * later versions of the file still contain it. Results may arrive in any order (worker
 * threads finish out of order); `order` is the commit's topological position.
 */
export class Provenance {
  private readonly best = new Map<string, { order: number; findings: Finding[] }>();

  add(order: number, findings: readonly Finding[]): void {
    for (const f of findings) {
      const key = `${f.file}\0${f.ruleId}\0${f.secret}`;
      const cur = this.best.get(key);
      if (cur === undefined || order < cur.order) this.best.set(key, { order, findings: [f] });
      // Same order and same path means the same blob: every occurrence in it is reported.
      else if (order === cur.order) cur.findings.push(f);
    }
  }

  /** Findings in history order, then by file and position. */
  findings(): Finding[] {
    const rows = [...this.best.values()].flatMap((e) => e.findings.map((f) => ({ order: e.order, f })));
    rows.sort(
      (a, b) =>
        a.order - b.order ||
        (a.f.file < b.f.file ? -1 : a.f.file > b.f.file ? 1 : 0) ||
        a.f.startLine - b.f.startLine ||
        a.f.startColumn - b.f.startColumn,
    );
    return rows.map((r) => r.f);
  }
}

/**
 * Skipped inputs, one per path and reason however many versions of the path were skipped,
 * so a history full of images reports each image path once.
 */
export class SkipLog {
  private readonly entries = new Map<string, { skip: SkippedInput; more: number }>();

  add(file: string, reason: SkippedInput['reason'], detail?: string): void {
    const key = `${reason}\0${file}`;
    const cur = this.entries.get(key);
    if (cur) cur.more++;
    else this.entries.set(key, { skip: { file, reason, ...(detail ? { detail } : {}) }, more: 0 });
  }

  list(): SkippedInput[] {
    return [...this.entries.values()].map(({ skip, more }) =>
      more === 0
        ? skip
        : { ...skip, detail: `${skip.detail ? `${skip.detail}; ` : ''}${more} more version${more === 1 ? '' : 's'}` },
    );
  }
}
