import { fold } from '../../src/text/fold.js';
import { canonicalSpelling, type Group } from './actor-group.js';
import { recase } from './recase.js';
import { isShouted } from './shouted.js';

// Names in an all-capitals headline, spelled as the body spells them (actors.ts).

/**
 * Names found only in an all-capitals title ("U.S. SENATE PANEL MAKES CONSERVATION EXEMPTION", from `from` on) join
 * the article's own name for them, else go. Meilisearch counts facet values regardless of case and shows one spelling
 * for all of them, so one "U.S. SENATE" made the Senate of 42 articles read "U.S. SENATE" in the actor facet; and the
 * model reads capitals poorly ("LITTLE", "EXPRESS", "QTR JAN", "POWER" from "GREEN MOUNTAIN POWER CORP"). Reuters
 * titles held 2,416 such values in 16,655 bench articles. The match, best first (ties: the name mentioned most):
 * the same words, or the same once "U.S."/"U.K." is taken off either ("U.S. SENATE" → "Senate"); a body name ending
 * with the title's words ("BALDRIGE" → "Malcolm Baldrige"); a body name starting with them ("U.S. SENATE" →
 * "U.S. Senate Agriculture Committee"). Names of the alias file are known actors and stay as they are; so does the
 * company the headline is about by its form (`company`, see titleCompany), in the case a body would write it.
 *
 * `SENATE PANEL…` + body "The Senate voted" → one actor "Senate"; `LITTLE ROOM FOR…` → no "LITTLE";
 * `JIM WALTER CORP <JWC> REGULAR DIVIDEND` with a table for body → "Jim Walter"
 */
export function resolveShoutedNames(text: string, groups: Map<string, Group>, from: number, company?: { start: number; end: number }): void {
  const bodyGroups = [...groups].filter(([, g]) => g.mentions.some((m) => m.start < from));
  // Ties go to the name the body mentions most, counted before any title mention joins it (order must not matter).
  const bodyCounts = new Map(bodyGroups.map(([, g]) => [g, g.mentions.length]));
  const withoutCountry = (name: string): string => name.replace(/^u [sk] (?:a )?/, '');
  const body = text.slice(0, from);
  for (const [key, g] of groups) {
    if (key.startsWith('alias:') || !g.mentions.some((m) => m.start >= from)) continue;
    if (g.mentions.some((m) => m.start < from)) {
      // Body mentions joined a title name on the way (a surname, an acronym, a short company name): the group stays,
      // but a spelling only the capitals title wrote is put in body case ("PEGASUS GOLD" + body "Pegasus").
      const spelling = canonicalSpelling(g);
      if (g.canonical === undefined && isShouted(spelling) && !body.includes(spelling)) g.canonical = recase(spelling);
      continue;
    }
    const title = fold(canonicalSpelling(g));
    const bare = withoutCountry(title);
    let best: Group | undefined;
    let bestLevel = 0;
    for (const [, target] of bodyGroups) {
      let level = 0;
      for (const name of target.folded) {
        if (name === title || withoutCountry(name) === bare) level = Math.max(level, 3);
        else if (name.endsWith(` ${title}`) || name.endsWith(` ${bare}`)) level = Math.max(level, 2);
        else if (name.startsWith(`${title} `)) level = Math.max(level, 1);
      }
      if (level > bestLevel || (level === bestLevel && level > 0 && bodyCounts.get(target)! > bodyCounts.get(best!)!)) {
        best = target;
        bestLevel = level;
      }
    }
    if (best !== undefined) best.mentions.push(...g.mentions);
    else if (company !== undefined && g.mentions.some((m) => m.start >= company.start && m.end <= company.end)) {
      // cleanName may have moved the start ("THE LIMITED INC", "< ACME CORP>"): inside the company's span is enough.
      g.canonical = recase(canonicalSpelling(g));
      continue;
    }
    groups.delete(key);
  }
}
