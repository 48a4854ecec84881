import { RE2JS } from 're2js';
import { registerLinearEngine } from './compiled-rule.js';

/**
 * An RE2 (Go syntax) pattern behind the small part of the RegExp interface the detector
 * uses. Linear time whatever the input, at a fraction of V8's speed: used only for user
 * regexes that hasBacktrackingRisk() flags. Offsets are UTF-16 code units, as in RegExp.
 */
export class LinearRegex {
  lastIndex = 0;
  private readonly re: RE2JS;

  constructor(readonly source: string) {
    this.re = RE2JS.compile(source);
  }

  exec(text: string): RegExpExecArray | null {
    const m = this.re.matcher(text);
    if (this.lastIndex > text.length || !m.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const groups = this.re.groupCount();
    const out: string[] = [];
    const indices: [number, number][] = [];
    for (let g = 0; g <= groups; g++) {
      const start = m.start(g);
      out.push(start < 0 ? (undefined as unknown as string) : m.group(g)!);
      indices.push([start, m.end(g)]);
    }
    const result = Object.assign(out, { index: m.start(), input: text, indices }) as unknown as RegExpExecArray;
    this.lastIndex = m.end() === m.start() ? m.end() + 1 : m.end();
    return result;
  }
}

registerLinearEngine((source) => new LinearRegex(source));
