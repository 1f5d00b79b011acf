import { isEndOfArticle } from './boilerplate.js';

/**
 * Wiki markup left in article text, as wiki exports (Wikinews) carry it on one long line: section headings inline
 * ("… said.  == Related news ==  * Link"), a template's residue ("Haveyoursay") and the editor's "Publish" at the
 * end. A heading that ends the article ("Related news", "See also", "External links", "Sources"…: lists of links, no
 * article text) becomes a line of its own, where the boilerplate rules cut the article (boilerplate.ts); any other
 * heading ("Background") becomes a paragraph break, since a one-word line reads as a name to the tagger. The residue
 * at the end goes. Before, "Related News" and "Publish" were among the commoner actors of the Wikinews files.
 *
 * `wikiHeadingsAsLines('Rates rose.  == Background ==  The bank said.')` → `'Rates rose.\n\nThe bank said.'`
 * `wikiHeadingsAsLines('It ended. Haveyoursay')` → `'It ended.'`
 */
const HEADING = /[ \t]*(={2,4})[ \t]*([^=\n]{1,80}?)[ \t]*\1(?=[ \t]|$)[ \t]*/gm;
const TRAILING_RESIDUE = /(?:[ \t\n]+(?:\*|Haveyoursay|[Pp]ublish))+[ \t\n]*$/;

export function wikiHeadingsAsLines(text: string): string {
  if (!text.includes('==') && !/(?:Haveyoursay|[Pp]ublish)\s*$/.test(text)) return text;
  return text
    .replace(HEADING, (_, _level: string, title: string) => (isEndOfArticle(title) ? `\n\n${title}\n\n` : '\n\n'))
    .replace(TRAILING_RESIDUE, '');
}
