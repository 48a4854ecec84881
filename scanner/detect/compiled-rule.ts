import type { Rule } from '../../rules/types.js';
import { LinearRegex } from './linear-regex.js';

/**
 * A rule as the detector runs it. Its regexes are compiled on first use: a pre-commit hook
 * runs a handful of the ~500 rules, and compiling them all cost a few ms of every start.
 * The rule's own RegExp is already parsed, so compiling later cannot fail where it did not.
 */
export class CompiledRule {
  private regex: RegExp | LinearRegex | null | undefined;
  private indices: RegExp | null | undefined;

  constructor(
    readonly rule: Rule,
    readonly keywordIds: number[],
    readonly alwaysRun: boolean,
  ) {
    // An RE2 pattern is checked by its own compiler: keep its errors at start-up.
    if (rule.re2) this.regex = new LinearRegex(rule.re2);
  }

  /** The rule's global regex (lastIndex is the caller's), or null for a rule of paths alone. */
  get re(): RegExp | LinearRegex | null {
    if (this.regex === undefined)
      this.regex = this.rule.regex ? new RegExp(this.rule.regex.source, flagsFor(this.rule.regex)) : null;
    return this.regex;
  }

  /** Same pattern with the `d` flag, sticky, only to locate an ambiguous group (see secretOf). */
  get withIndices(): RegExp | null {
    if (this.indices === undefined) {
      const re = this.rule.regex;
      this.indices = re ? new RegExp(re.source, `${flagsFor(re)}dy`.replace('g', '')) : null;
    }
    return this.indices;
  }
}

function flagsFor(re: RegExp): string {
  return `${re.flags.replace(/[gyd]/g, '')}g`;
}
