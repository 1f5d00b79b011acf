/**
 * Initials that name one body in some stories and another elsewhere, read by what the article itself says, for an
 * acronym left on its own (no full name in the article to join: organisation-groups.ts mergeAcronyms). The alias
 * file cannot hold these: an alias holds in every article.
 *
 * - "EC": the European Community in the wire of 1987 ("EC farm ministers", "the EC sugar tender"); in the news of
 *   the European Union's years the European Commission ("the EC's antitrust ruling"). The Maastricht Treaty made
 *   the Union on 1 November 1993: a story published before reads the Community, one after the Commission. Without
 *   a publication date "EC" stays as written.
 * - "ICO": the International Coffee Organization in a story about coffee; otherwise (a data regulator, a coin
 *   offering) it stays as written.
 *
 * `readAcronym('EC', { published: new Date('1987-03-03'), text: '…' })` → `'European Community'`
 * `readAcronym('ICO', { text: 'Coffee quotas…' })` → `'International Coffee Organization'`
 * `readAcronym('NATO', { text: '…' })` → `'NATO'`
 */
export function readAcronym(name: string, article: { published?: Date | undefined; text: string }): string {
  if (EC.test(name)) {
    if (article.published === undefined) return name;
    return article.published.getTime() < UNION_FOUNDED ? 'European Community' : 'European Commission';
  }
  if (ICO.test(name) && COFFEE.test(article.text)) return 'International Coffee Organization';
  return name;
}

const EC = /^E\.?C\.?$/;
const ICO = /^I\.?C\.?O\.?$/;
const COFFEE = /\bcoffee\b/i;
/** The Maastricht Treaty in force: the European Union, of which the Community became a part. */
const UNION_FOUNDED = Date.UTC(1993, 10, 1);
