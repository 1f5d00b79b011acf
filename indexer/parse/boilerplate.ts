/**
 * Site boilerplate in scraped article text, line by line. Three kinds, each a list of patterns so a new site's
 * chrome is one line to add:
 * - `dropLine`: a line that is never article text (share buttons, counters, weather widgets, shortcodes, "READ:").
 * - `dropWithLinkTitle`: a "Read more" line and the related-article title under it.
 * - `endOfArticle`: a footer heading after which nothing is article text ("Leave a Reply", "Most Popular Articles").
 *
 * `stripBoilerplate(['Share', 'Niger has defied US warnings.', 'Leave a Reply', 'Your email…'])`
 *   → `['Niger has defied US warnings.']`
 */
const dropLine: RegExp[] = [
  /^(share|share this( article| story)?|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|copy link)$/i,
  /^(advertisement|sponsored( content)?|skip to (main )?content|click here to subscribe)$/i,
  /^\d{1,7}$/, // share and comment counters
  /^-?\d{1,3}(\.\d)?\s*°?\s*[CF]$/, // weather widget: "30.1 C"
  /^\[\/?[a-z][\w-]*(\s[^\]]*)?\]$/i, // WordPress shortcodes: [mc4wp_form id="206"]
  /^(read|see|watch)( more| also)?\s*:/i, // "READ: Putin responds to Macron…"
  /^(AFP|AP|Reuters?|REUTERS?|TASS|dpa|Xinhua|ANI|PTI|IANS)$/, // a lone wire-agency credit (Reuters signs off "Reuter")
  /^(photo|image|credit|source)\s*:\s*\S.{0,80}$/i,
];

const dropWithLinkTitle = /^(read more|related|recommended|also read|more on this)$/i;

const endOfArticle: RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^your email address will not be published/i,
  /^(most popular|most read|trending)( articles| stories| now)?$/i,
  /^(related|recommended) (articles|posts|stories|news)$/i,
  /^(you may|you might) also like$/i,
  /^subscribe to our newsletter$/i,
  /^\d*\s*comments?$/i,
];

export function isDroppedLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && dropLine.some((re) => re.test(t));
}

export function isEndOfArticle(line: string): boolean {
  const t = line.trim();
  return endOfArticle.some((re) => re.test(t));
}

/** A short line with no sentence ending: the title of a linked article, not a paragraph. */
function looksLikeLinkTitle(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 140 && !/[.!?:"”’)]$/.test(t);
}

export function stripBoilerplate(lines: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (isEndOfArticle(t)) break;
    if (dropWithLinkTitle.test(t)) {
      // Skip blank lines between "Read more" and the link title, then the title itself.
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j < lines.length && looksLikeLinkTitle(lines[j]!)) i = j;
      continue;
    }
    if (isDroppedLine(t)) continue;
    kept.push(line);
  }
  return kept;
}
