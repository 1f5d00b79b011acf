import { FIELD_NAMES, type RecordFields } from './records.js';

/** YAML front matter at the very start (`---` … `---`), as static site generators write it. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** TOML front matter (`+++` … `+++`, Hugo's): `title = "Talks resume"`, `date = 2024-06-09`. */
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;
/**
 * Front matter whose closing `---` is missing: the opening line, then only `key: value` lines up to a blank line or
 * the end. Read as text, "title: Talks resume" became the article's headline, and its keys its first words.
 */
/** A line YAML front matter holds: blank, `key: value`, a list item, an indented continuation or a comment. */
const YAML_LINE = /^(?:\s*|[A-Za-z_][\w-]*[ \t]*:.*|\s*-\s.*|\s+\S.*|\s*#.*)$/;
const UNCLOSED_FRONT_MATTER = /^---[ \t]*\r?\n((?:[A-Za-z_][\w-]*[ \t]*:.*(?:\r?\n|$))+)/;

/**
 * A Markdown article as plain text lines, the way the text parser reads a `.txt`: headings lose their `#`, links
 * keep their words, emphasis, code marks, quote and list markers and rules go. Front matter gives the title and
 * date when it has them (else the first line is the headline, as for text).
 *
 * `readMarkdown('# Talks resume\n\n*June 9, 2024*\n\nEnvoys met in **Doha** ([more](https://x)).')`
 *   → `{ body: 'Talks resume\n\nJune 9, 2024\n\nEnvoys met in Doha (more).' }`
 */
export function readMarkdown(markdown: string): RecordFields & { body: string } {
  let text = markdown;
  let title: string | undefined;
  let date: string | undefined;
  const closed = FRONT_MATTER.exec(text);
  // Only YAML between the rules: with the closing one missing, a rule further down must not take the text above it.
  const front = closed !== null && closed[1]!.split(/\r?\n/).every((line) => YAML_LINE.test(line)) ? closed : UNCLOSED_FRONT_MATTER.exec(text);
  const toml = front === null ? TOML_FRONT_MATTER.exec(text) : null;
  let url: string | undefined;
  // The field names a JSON record's are read by (records.ts): "published", "headline", "link" too (an indexer review
  // found `published:` and `url:` passed over).
  const fields = (block: string, separator: ':' | '=' = ':') => {
    const first = (names: readonly string[]) => names.map((name) => frontValue(block, name, separator)).find((v) => v !== undefined);
    title = first(FIELD_NAMES.title.filter((name) => name !== 'name'));
    date = first(FIELD_NAMES.date);
    url = first(FIELD_NAMES.url);
  };
  if (front) {
    text = text.slice(front[0].length);
    fields(front[1]!);
  } else if (toml) {
    text = text.slice(toml[0].length);
    fields(toml[1]!, '=');
  }
  let fenced = false;
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(raw);
      continue;
    }
    // Setext underlines, rules, reference definitions and a table's delimiter row (|---|:--:|) carry no words.
    if (/^\s{0,3}(=+|-+|(\*\s*){3,}|(_\s*){3,})\s*$/.test(raw) || /^\s{0,3}\[[^\]]+\]:\s+\S/.test(raw) || /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?$/.test(raw.trim())) {
      lines.push('');
      continue;
    }
    // A table row is its cells, read as a line of text: "| Accra | Kumasi |" → "Accra; Kumasi" (not joined by bars or
    // dots, which a short row would share with a site's navigation row, boilerplate.ts).
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      lines.push(inline(raw.trim().slice(1, -1).split('|').map((c) => c.trim()).filter((c) => c !== '').join('; ')));
      continue;
    }
    const line = raw
      .replace(/^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/, '$1')
      .replace(/^\s{0,3}(>\s?)+/, '');
    const item = LIST_ITEM.exec(line);
    // Each list item a paragraph of its own: as lines of one paragraph, "- Protesters stormed parliament" and "- Police
    // fired tear gas" had read "Protesters stormed parliament Police fired tear gas".
    if (item !== null && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push(inline(item === null ? line : line.slice(item[0].length)));
  }
  return { ...(title !== undefined ? { title } : {}), ...(date !== undefined ? { date } : {}), ...(url !== undefined ? { url } : {}), body: lines.join('\n') };
}

/** Inline Markdown to words: `![alt](src)` → alt, `[text](url)` / `[text][ref]` → text, `**b**`, `_i_`, `` `c` `` → b, i, c. */
function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`+([^`]+)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
}

/** A list item's marker: `- `, `* `, `+ `, `1. `, `2) `. */
const LIST_ITEM = /^\s*([-+*]|\d{1,9}[.)])\s+/;

/**
 * `frontValue('title: "Talks resume"\ndate: 2024-06-09', 'date')` → `'2024-06-09'`;
 * `frontValue('title = "Talks resume"', 'title', '=')` → `'Talks resume'` (TOML)
 */
function frontValue(front: string, key: string, separator: ':' | '=' = ':'): string | undefined {
  const m = new RegExp(`^${key}\\s*${separator}\\s*(.+?)\\s*$`, 'mi').exec(front);
  if (!m) return undefined;
  const value = m[1]!.replace(/^(["'])(.*)\1$/, '$2').trim();
  return value === '' ? undefined : value;
}
