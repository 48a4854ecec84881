// The post-incident report's Markdown as HTML. Only the subset the report writer produces is
// understood (headings, pipe tables, lists with task boxes, paragraphs, `code`, **bold**);
// everything becomes JSX text nodes, so whatever a repository or file name contains is
// escaped. There is deliberately no raw HTML and no links: a hostile name cannot smuggle
// either in.
import type { Child } from 'hono/jsx';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string };

export function parseMarkdown(md: string): Block[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(cells(lines[i++]!));
      const separator = rows[1]?.every((c) => /^:?-{3,}:?$/.test(c));
      blocks.push({ kind: 'table', head: separator ? rows[0]! : [], rows: separator ? rows.slice(2) : rows });
    } else if (/^[-*] /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^[-*] /.test(lines[i]!)) items.push(lines[i++]!.slice(2));
      blocks.push({ kind: 'list', items });
    } else if (line.trim() === '') {
      i++;
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(#{1,6}\s|\||[-*] )/.test(lines[i]!))
        text.push(lines[i++]!);
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

/** Splits a pipe-table row on unescaped `|`, unescaping `\|`. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 1; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && row[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

/** `code` spans and **bold**, as text nodes. */
export function inline(text: string): Child[] {
  const out: Child[] = [];
  const parts = text.split(/(`[^`]*`)/);
  for (const part of parts) {
    if (part.length >= 2 && part.startsWith('`') && part.endsWith('`')) {
      out.push(<code>{part.slice(1, -1)}</code>);
      continue;
    }
    part.split(/(\*\*[^*]+\*\*)/).forEach((p) => {
      if (p.length > 4 && p.startsWith('**') && p.endsWith('**')) out.push(<strong>{p.slice(2, -2)}</strong>);
      else if (p) out.push(p);
    });
  }
  return out;
}

const TASK: Record<string, string> = { x: 'done', ' ': 'open', '-': 'skipped' };

function Item({ text }: { text: string }) {
  const task = /^\[([x -])\] (.*)$/.exec(text);
  if (!task) return <li>{inline(text)}</li>;
  const status = TASK[task[1]!] ?? 'open';
  return (
    <li>
      <span class={`badge status-${status}`}>{status}</span> {inline(task[2]!)}
    </li>
  );
}

/** Headings start at `base` so the report nests under the page's own headings. */
export function Markdown({ source, base = 3 }: { source: string; base?: number }) {
  return (
    <>
      {parseMarkdown(source).map((b) => {
        switch (b.kind) {
          case 'heading': {
            const level = Math.min(6, base + b.level - 1);
            const content = inline(b.text);
            if (level <= 2) return <h2>{content}</h2>;
            if (level === 3) return <h3>{content}</h3>;
            if (level === 4) return <h4>{content}</h4>;
            if (level === 5) return <h5>{content}</h5>;
            return <h6>{content}</h6>;
          }
          case 'table':
            return (
              <table>
                {b.head.some((h) => h !== '') && (
                  <thead>
                    <tr>
                      {b.head.map((h) => (
                        <th scope="col">{inline(h)}</th>
                      ))}
                    </tr>
                  </thead>
                )}
                <tbody>
                  {b.rows.map((r) => (
                    <tr>
                      {r.map((c) => (
                        <td>{inline(c)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case 'list':
            return (
              <ul>
                {b.items.map((t) => (
                  <Item text={t} />
                ))}
              </ul>
            );
          default:
            return <p>{inline(b.text)}</p>;
        }
      })}
    </>
  );
}
