import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { ConfigError } from '../errors.js';
import { parseConfig } from './parse.js';

const RULE = `[[rules]]\nid = "x"\nregex = '''x_([0-9]{8})'''\n`;

function errorOf(toml: string): ConfigError {
  try {
    parseConfig(toml, 'leakhound.toml');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig refuses, in one line that says how to fix it,', () => {
  it.each([
    [
      'a rule without id',
      `[[rules]]\nregex = '''x'''\n`,
      '[[rules]] #1: has no id; add one, e.g. id = "my-token" (the id names its findings and fingerprints)',
    ],
    [
      'a blank id',
      `[[rules]]\nid = " "\nregex = '''x'''\n`,
      '[[rules]] #1: has no id; add one, e.g. id = "my-token" (the id names its findings and fingerprints)',
    ],
    ['duplicate ids', `${RULE}${RULE}`, 'rule x is defined twice ([[rules]] #1 and #2); give each rule its own id'],
    [
      'a rule with neither regex nor path',
      `[[rules]]\nid = "empty"\nkeywords = ["k"]\n`,
      "rule empty: has neither regex nor path, so it can never match; add regex = '''…''' or path = '''…'''",
    ],
    [
      'a secretGroup beyond the groups',
      `[[rules]]\nid = "stripe-secret-key"\nregex = '''sk_(?:test|live)_([0-9a-zA-Z]{24})'''\nsecretGroup = 3\n`,
      'rule stripe-secret-key: secretGroup 3 but the regex has 1 group',
    ],
    [
      'a secretGroup on a regex without groups',
      `[[rules]]\nid = "flat"\nregex = '''flat_[0-9]{8}'''\nsecretGroup = 1\n`,
      'rule flat: secretGroup 1 but the regex has 0 groups',
    ],
    [
      'a negative secretGroup',
      `${RULE}secretGroup = -1\n`,
      'rule x: secretGroup must be 0 or more (e.g. secretGroup = 1), not -1',
    ],
    [
      'entropy above 8',
      `${RULE}entropy = 9\n`,
      'rule x: entropy must be between 0 and 8 bits per character (e.g. entropy = 3.5), not 9',
    ],
    [
      'negative entropy',
      `${RULE}entropy = -0.5\n`,
      'rule x: entropy must be between 0 and 8 bits per character (e.g. entropy = 3.5), not -0.5',
    ],
    [
      'an unknown severity',
      `${RULE}severity = "urgent"\n`,
      'rule x: severity "urgent" is not one of critical, high, medium, low, info; e.g. severity = "high"',
    ],
    [
      'an empty rule allowlist',
      `${RULE}[[rules.allowlists]]\ndescription = "nothing"\n`,
      'rule x: [[rules.allowlists]] #1: must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]',
    ],
    [
      'an empty old-style rule allowlist',
      `${RULE}[rules.allowlist]\nregexes = []\n`,
      'rule x: [rules.allowlist]: must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]',
    ],
    [
      'an empty global allowlist',
      `[allowlist]\ndescription = "x"\n`,
      '[allowlist]: must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]',
    ],
    [
      'both rule allowlist forms',
      `${RULE}[rules.allowlist]\nstopwords = ["a"]\n[[rules.allowlists]]\nstopwords = ["b"]\n`,
      'rule x: [rules.allowlist] cannot be used alongside [[rules.allowlists]]; move its keys into a [[rules.allowlists]] table',
    ],
    [
      'both global allowlist forms',
      `[allowlist]\nstopwords = ["a"]\n[[allowlists]]\nstopwords = ["b"]\n`,
      '[allowlist] cannot be used alongside [[allowlists]]; move its keys into an [[allowlists]] table',
    ],
    [
      'targetRules naming an unknown rule',
      `${RULE}[[allowlists]]\ntargetRules = ["x", "nope"]\nstopwords = ["a"]\n`,
      '[[allowlists]] #1: targetRules names nope, which is not an active rule; use the id of a rule in this config or one it extends',
    ],
    [
      'an unknown condition',
      `${RULE}[[rules.allowlists]]\ncondition = "XOR"\nstopwords = ["a"]\n`,
      'rule x: [[rules.allowlists]] #1: condition "XOR" is not OR or AND; use condition = "AND", or leave it out for OR',
    ],
    [
      'an unknown regexTarget',
      `[[allowlists]]\nregexTarget = "body"\nregexes = ['''a''']\n`,
      '[[allowlists]] #1: regexTarget "body" is not secret, match or line; e.g. regexTarget = "line"',
    ],
    [
      'useDefault together with path',
      `[extend]\nuseDefault = true\npath = "base.toml"\n`,
      '[extend]: sets both useDefault and path; keep one (the file at path can itself set useDefault = true)',
    ],
    [
      'a regex leakhound cannot translate',
      `[[rules]]\nid = "my-token"\nregex = '''tok\\C'''\n`,
      'rule my-token: regex uses \\C, which leakhound cannot translate; rewrite the pattern without it',
    ],
    [
      'a path regex leakhound cannot translate',
      `${RULE}path = '''\\p{Han}'''\n`,
      'rule x: path uses the Unicode class \\p{Han}, which leakhound cannot translate; rewrite the pattern without it',
    ],
    [
      'an allowlist regex Go rejects',
      `[allowlist]\nregexes = ['''ok''', '''(?=x)''']\n`,
      "[allowlist]: regexes[1] uses the lookahead (?=, which Go's regexp does not accept either (gitleaks would reject it); rewrite the pattern without it",
    ],
    [
      'an invalid regex, with the engine’s reason',
      `[[rules]]\nid = "my-token"\nregex = '''(tok'''\n`,
      'rule my-token: regex is not a valid regular expression (Unterminated group); fix the pattern',
    ],
    [
      'a wrongly typed number',
      `${RULE}entropy = "high"\n`,
      'rule x: entropy must be a number (e.g. entropy = 3.5), not a string',
    ],
    [
      'a fractional secretGroup',
      `${RULE}secretGroup = 1.5\n`,
      'rule x: secretGroup must be a whole number (e.g. secretGroup = 1), not a number',
    ],
    [
      'a string where an array belongs',
      `${RULE}keywords = "x_"\n`,
      'rule x: keywords must be an array of strings (e.g. keywords = ["tok_"]), not a string',
    ],
    [
      'a non-string array item',
      `${RULE}tags = ["a", 2]\n`,
      'rule x: tags[1] must be a string (e.g. tags = ["internal"]), not a whole number',
    ],
    [
      '[rules] written as a single table',
      `[rules]\nid = "x"\n`,
      'rules must be an array of tables (e.g. [[rules]] tables), not a table',
    ],
    [
      'a wrongly typed top-level key',
      `title = 3\n`,
      'title must be a string (e.g. title = "my config"), not a whole number',
    ],
    [
      'a wrongly typed useDefault',
      `[extend]\nuseDefault = "yes"\n`,
      '[extend]: useDefault must be true or false (e.g. useDefault = true), not a string',
    ],
    [
      'a non-positive maxFileSize',
      `maxFileSize = 0\n`,
      'maxFileSize must be a positive number of megabytes (e.g. maxFileSize = 25), not 0',
    ],
  ])('%s', (_name, toml, message) => {
    const err = errorOf(toml);
    expect(err.message).toBe(`leakhound.toml: ${message}`);
    expect(err.file).toBe('leakhound.toml');
    expect(err.message).not.toContain('\n');
  });

  it('broken TOML, naming the position without quoting the line', () => {
    const secretish = 'not-a-value-but-never-echoed';
    const err = errorOf(`title = "x"\nkeywords = [${secretish}\n`);
    expect(err.message).toMatch(
      /^leakhound\.toml: invalid TOML at line 2, column \d+: .+; fix the syntax \(see https:\/\/toml\.io\)$/,
    );
    expect(err.message).not.toContain(secretish);
  });
});

describe('parseConfig accepts', () => {
  it('unknown keys and tables, for forward compatibility', () => {
    const config = parseConfig(`newTopLevel = 1\n[future]\nx = 1\n${RULE}futureRuleKey = { a = 1 }\n`, 'x.toml');
    expect(config.rules.map((r) => r.id)).toEqual(['x']);
  });

  it('keys in any case, as viper does', () => {
    const config = parseConfig(
      `[[rules]]\nID = "x"\nRegex = '''(a)(b)'''\nSECRETGROUP = 2\n[[rules.Allowlists]]\nStopWords = ["z"]\nRegexTarget = "line"\nregexes = ['''q''']\n`,
      'x.toml',
    );
    expect(config.rules[0]).toMatchObject({ id: 'x', secretGroup: 2 });
    expect(config.rules[0]?.allowlists?.[0]).toMatchObject({ stopwords: ['z'], regexTarget: 'line' });
  });

  it('zero secretGroup and entropy as "not set", as in gitleaks', () => {
    const config = parseConfig(`${RULE}secretGroup = 0\nentropy = 0\n`, 'x.toml');
    expect(config.rules[0]?.secretGroup).toBeUndefined();
    expect(config.rules[0]?.entropy).toBeUndefined();
  });

  it('C-style and lower-case conditions', () => {
    const config = parseConfig(
      `${RULE}[[rules.allowlists]]\ncondition = "&&"\nstopwords = ["a"]\n[[rules.allowlists]]\ncondition = "or"\nstopwords = ["b"]\n`,
      'x.toml',
    );
    expect(config.rules[0]?.allowlists?.map((a) => a.condition)).toEqual(['AND', 'OR']);
  });

  it('a rule that only adjusts a default rule, without a regex of its own', () => {
    const config = parseConfig(
      `[extend]\nuseDefault = true\n[[rules]]\nid = "aws-access-key-id"\nentropy = 3.8\n`,
      'x.toml',
    );
    expect(config.rules.find((r) => r.id === 'aws-access-key-id')?.entropy).toBe(3.8);
  });

  it('but the same rule without [extend] still needs a regex or path', () => {
    expect(errorOf(`[[rules]]\nid = "aws-access-key-id"\nentropy = 3.8\n`).message).toContain(
      'has neither regex nor path',
    );
  });
});

describe('parseConfig warns, without failing, when a config', () => {
  it.each([
    [
      'defines no rules and does not extend the defaults',
      `[allowlist]\npaths = ['''^vendor/''']\n`,
      'x.toml: has no active rules, so nothing will be reported; to keep the built-in rules, add [extend] useDefault = true',
    ],
    [
      'disables a rule the defaults do not have',
      `[extend]\nuseDefault = true\ndisabledRules = ["no-such-rule"]\n`,
      'x.toml: disabledRules names no-such-rule, which is not a rule in the default rules',
    ],
    [
      'disables rules without extending anything',
      `disabledRules = ["x"]\n${RULE}`,
      'x.toml: disabledRules only applies to extended rules; add [extend] useDefault = true or remove it',
    ],
    [
      'uses [[rules.required]], which leakhound does not support yet',
      `${RULE}[[rules.required]]\nid = "y"\n`,
      'x.toml: rule x: [[rules.required]] is not supported yet, so the rule reports on its own match',
    ],
    [
      'names an [extend] url',
      `[extend]\nuseDefault = true\nurl = "https://example.com/base.toml"\n`,
      'x.toml: [extend] url is not supported (gitleaks ignores it too); download the file and use [extend] path',
    ],
    [
      'marks a rule skipReport',
      `${RULE}skipReport = true\n[[rules]]\nid = "y"\nregex = '''y'''\n`,
      'x.toml: rule x: skipReport = true, so the rule reports nothing',
    ],
  ])('%s', (_name, toml, warning) => {
    expect(parseConfig(toml, 'x.toml').warnings).toContain(warning);
  });

  it('says nothing about having no rules when every extended rule is disabled on purpose', () => {
    const config = parseConfig(
      `[extend]\nuseDefault = true\ndisabledRules = [${defaultRules.map((r) => `"${r.id}"`).join(', ')}]\n`,
      'x.toml',
    );
    expect(config.rules).toEqual([]);
    expect(config.warnings).toEqual([]);
  });

  it('drops skipReport rules from the active rules', () => {
    const config = parseConfig(`${RULE}skipReport = true\n[[rules]]\nid = "y"\nregex = '''y'''\n`, 'x.toml');
    expect(config.rules.map((r) => r.id)).toEqual(['y']);
  });
});
