// One corpus file under construction: lines, and where planted secrets and look-alikes went.
import type { Block } from './blocks.js';
import type { LookAlike } from './lookalikes.js';

/** A planted credential: where a scanner must report it and what it must report. */
export interface PlantedSecret {
  file: string;
  /** 1-based line where the reported secret starts. */
  line: number;
  /** The lines of the snippet around it; a report anywhere in them counts (PEM armour, fences). */
  span: [number, number];
  secret: string;
  alt?: string[];
  kind: string;
  provider: string;
  source: 'catalogue' | 'fixture';
}

export interface LookAlikeRecord {
  file: string;
  span: [number, number];
  kind: string;
}

export class FileBuilder {
  readonly lines: string[] = [];
  readonly planted: PlantedSecret[] = [];
  readonly lookAlikes: LookAlikeRecord[] = [];
  bytes = 0;

  constructor(readonly path: string) {}

  add(lines: string[]): void {
    for (const l of lines) {
      this.lines.push(l);
      this.bytes += l.length + 1;
    }
  }

  plant(block: Block, source: PlantedSecret['source'] = 'catalogue'): void {
    const base = this.lines.length;
    this.add(block.lines);
    for (const p of block.plants) {
      this.planted.push({
        file: this.path,
        line: base + p.at + 1,
        span: [base + 1, base + block.lines.length],
        secret: p.secret,
        ...(p.alt ? { alt: p.alt } : {}),
        kind: p.kind,
        provider: p.provider,
        source,
      });
    }
  }

  look(l: LookAlike): void {
    const base = this.lines.length;
    this.add(l.lines);
    this.lookAlikes.push({ file: this.path, span: [base + 1, base + l.lines.length], kind: l.kind });
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
