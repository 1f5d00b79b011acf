/**
 * Highlights travel from Meilisearch as two private-use characters (the indexer strips them from documents, so
 * only Meilisearch can put them there). The text is HTML-escaped first and the markers become `<mark>` after, so
 * nothing from a document or a query reaches a page unescaped.
 *
 * `highlightToHtml('a <b> \uE000coup\uE001')` → `'a &lt;b&gt; <mark>coup</mark>'`
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function highlightToHtml(text: string): string {
  let open = false;
  let html = '';
  for (const part of escapeHtml(text).split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_PRE && !open) {
      html += '<mark>';
      open = true;
    } else if (part === HIGHLIGHT_POST && open) {
      html += '</mark>';
      open = false;
    } else if (part !== HIGHLIGHT_PRE && part !== HIGHLIGHT_POST) {
      html += part;
    }
  }
  return open ? html + '</mark>' : html;
}

export function stripHighlight(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}
