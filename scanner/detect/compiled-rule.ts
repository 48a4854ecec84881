import type { Rule } from '../../rules/types.js';
import { keywordLead } from './keyword-anchor.js';
import type { LinearRegex } from './linear-regex.js';

interface Anchor {
  sticky: RegExp | null;
  lead: number;
}

const UNANCHORED: Anchor = { sticky: null, lead: 0 };

/**
 * The RE2 engine, set by linear-regex.ts when it loads. Only rules parsed from a config can
 * need it (parse-rule.ts imports it), and re2js is a quarter of the CLI's code: a hook with
 * the built-in rules never loads it.
 */
let linearEngine: ((source: string) => LinearRegex) | null = null;

export function registerLinearEngine(make: (source: string) => LinearRegex): void {
  linearEngine = make;
}

/**
 * A rule as the detector runs it. Its regexes (and its keyword anchoring) are made on first
 * use: a pre-commit hook runs a handful of the ~500 rules, and making them all cost a few ms
 * of every start.
 * The rule's own RegExp is already parsed, so compiling later cannot fail where it did not.
 */
export class CompiledRule {
  private regex: RegExp | LinearRegex | null | undefined;
  private indices: RegExp | null | undefined;
  private anchor: Anchor | undefined;

  constructor(
    readonly rule: Rule,
    readonly keywordIds: number[],
    readonly alwaysRun: boolean,
  ) {
    // An RE2 pattern is checked by its own compiler: keep its errors at start-up.
    if (rule.re2) {
      if (!linearEngine) throw new Error(`rule ${rule.id} needs the RE2 engine: import linear-regex.js first`);
      this.regex = linearEngine(rule.re2);
    }
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

  /**
   * When every match starts at one of the rule's keywords (or up to `lead` characters before
   * one; see keywordLead), the same pattern as a sticky regex, tried only there.
   */
  get sticky(): RegExp | null {
    return this.anchored().sticky;
  }

  get lead(): number {
    return this.anchored().lead;
  }

  private anchored(): Anchor {
    if (this.anchor === undefined) this.anchor = anchoring(this.rule, this.alwaysRun);
    return this.anchor;
  }
}

/** The sticky form of a rule whose matches start at its keywords, or none. */
function anchoring(rule: Rule, alwaysRun: boolean): Anchor {
  // alwaysRun: no keywords, or a non-ASCII one (which the keyword scan does not place).
  if (alwaysRun || rule.re2 || !rule.regex) return UNANCHORED;
  const lead = keywordLead(rule.regex.source, rule.regex.flags, rule.keywords);
  if (lead === null) return UNANCHORED;
  return { sticky: new RegExp(rule.regex.source, flagsFor(rule.regex).replace('g', 'y')), lead };
}

function flagsFor(re: RegExp): string {
  return `${re.flags.replace(/[gyd]/g, '')}g`;
}
