import type { Mention } from '../../indexer/tag/mention.js';

/** The first `surface` in `text` as a mention of `type`: `mentionAt('Niger and Mali', 'Mali', 'LOC')` → LOC 10–14. */
export function mentionAt(text: string, surface: string, type: Mention['type']): Mention {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length };
}

/** Mentions as "TYPE surface" lines, for comparing a mending step's output. */
export function surfacesOf(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);
}

/** Mentions of the given surface forms, typed, at their first occurrences after one another. */
export function mentionsOf(text: string, spans: [string, Mention['type']][]): Mention[] {
  let from = 0;
  return spans.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start === -1) throw new Error(`${surface} not in text`);
    from = start + surface.length;
    return { type, start, end: start + surface.length };
  });
}
