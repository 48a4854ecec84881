import { describe, expect, it } from 'vitest';
import { Markdown, parseMarkdown } from './markdown.js';

const render = (md: string): string => String(Markdown({ source: md, base: 3 }));

describe('the report Markdown renderer', () => {
  it('parses the shapes the report writer produces', () => {
    expect(
      parseMarkdown('# Title\n\n| a | b \\| c |\n|---|---|\n| 1 | `x` |\n\n- [x] done\n- plain\ntext\nmore'),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'table', head: ['a', 'b | c'], rows: [['1', '`x`']] },
      { kind: 'list', items: ['[x] done', 'plain'] },
      { kind: 'paragraph', text: 'text more' },
    ]);
  });

  it.each([
    ['# T', '<h3>T</h3>'],
    ['### T', '<h5>T</h5>'],
    ['###### T', '<h6>T</h6>'],
    ['- [x] a', '<span class="badge status-done">done</span> a'],
    ['- [ ] a', '<span class="badge status-open">open</span> a'],
    ['- [-] a', '<span class="badge status-skipped">skipped</span> a'],
    ['a **b** `c`', '<p>a <strong>b</strong> <code>c</code></p>'],
    ['| k | v |\n|---|---|\n| 1 | 2 |', '<thead><tr><th scope="col">k</th><th scope="col">v</th></tr></thead>'],
  ])('renders %j', (md, html) => {
    expect(render(md)).toContain(html);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '`<b>`',
    '| <i>x</i> |',
    '**<u>x</u>**',
    '# <svg onload=alert(1)>',
  ])('never lets markup or links through: %s', (md) => {
    const html = render(md);
    expect(html).not.toMatch(/<(script|img|b|i|u|svg|a)[\s>]/);
    expect(html).not.toContain('href');
  });
});
