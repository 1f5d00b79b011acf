import { MONTH_NAMES, oneOf, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';
import type { Mention } from './mention.js';

/** A capitalised word right after a name that ends in an initial: the surname the model left out. */
const SURNAME_AFTER = /^[ \t]+\p{Lu}[\p{L}'’-]+/u;
/** A surname with an apostrophe after "O" or "D" ("O'Connor", "D'Amato"), which the model leaves out of the name. */
const APOSTROPHE_SURNAME_AFTER = /^[ \t]+[OD]['’]\p{Lu}[\p{L}-]+/u;
/**
 * An initial and one name, which the model gives without the surname after them: "T. Boone" of "T. Boone Pickens",
 * "C. Fred" of "C. Fred Bergsten" (a tagging audit: 45 articles, rules 71). People called so are named in full.
 */
const LEADING_INITIAL_AND_NAME = /^\p{Lu}\.[ \t]+\p{Lu}\p{Ll}+$/u;
/**
 * The surname after such a name, with a capitalised particle: "Pickens", "Van Fossen" of "L. Jack Van Fossen". Not a
 * weekday, a month, "Jr" or a street's word; and the name ends there: a capitalised word after it makes it a company's
 * ("C. Itoh Finance", "A. Truck Tire Corp").
 */
const PARTICLE_AND_SURNAME_AFTER = new RegExp(String.raw`^[ \t]+(?!(?:${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)}|Jr|Sr|Drive|Street|Avenue|Road|Boulevard|Lane|Place|Square)\b)(?:(?:Van|Von|De|Del|Della|Du|La|Le|Da|Di|Dos|Der|Den|Mac|St\.)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?![\p{L}'’-]|[ \t]+(?!Jr\b|Sr\b)\p{Lu})`, 'u');
/** Name particles alone between two parts of a name, each after one space: " du ", " de la ", " van der ". */
const PARTICLES_BETWEEN = /^ (?:(?:de|du|da|das|do|dos|del|della|di|la|le|van|von|der|den|ter|ten|bin|ibn|al|el) ){1,3}$/;
/** A first word no person's name has: the bodies of French, Spanish and Portuguese names ("Cie", "Caisse", "Banco"). */
const BODY_OPENER = /^(?:Cie|Compagnie|Caisse|Banque|Banco|Credit|Crédit|Societe|Société|Sociedad|Sociedade|Compania|Compañía|Companhia|Groupe|Fuerzas|Servicios|Conselho|Consejo|Comision|Comisión|Instituto|Institut|Ministerio|Ministère|Ministério|Lyonnaise|Empresa|Empresas)\s/;
/** Words that start the next sentence after a name ending in an initial ("Malcolm X. The crowd…"), not surnames. */
const SENTENCE_OPENERS =
  /^[ \t]+(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|In|On|At|But|And|Or|So|Then|There|When|After|Before|Meanwhile|However)$/;

/**
 * A person whose name the model cut after a middle initial ("George W." of "George W. Bush") gets the surname
 * that follows; otherwise "George W." and "Bush" became two actors. So does one cut before a surname with an
 * apostrophe ("Sandra Day" of "Sandra Day O'Connor", 9 articles: tagging rules 39).
 *
 * `completeInitials('President George W. Bush signed', [PER 10-19])` → `[PER 10-24]`
 */
export function completeInitials(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let swallowedUpTo = -1;
  for (const m of mentions) {
    // The surname was tagged on its own, and is now part of the name before it.
    if (m.start < swallowedUpTo) continue;
    const following = text.slice(m.end, m.end + 40);
    const name = text.slice(m.start, m.end);
    const after =
      m.type !== 'PER'
        ? null
        : /(?:^|\s)\p{Lu}\.$/u.test(name)
          ? SURNAME_AFTER.exec(following)
          : LEADING_INITIAL_AND_NAME.test(name)
            ? PARTICLE_AND_SURNAME_AFTER.exec(following)
            : APOSTROPHE_SURNAME_AFTER.exec(following);
    const last = out[out.length - 1];
    // Two people's names side by side with one space between are one person's, cut in two: "T. Boone" and "Pickens"
    // (tagging rules 39: the wire's line breaks had hidden it), "Pickens" and "Jr".
    // So are a given name and a surname with lower-case name particles between, which the model reads as no name:
    // "Barend" and "Plessis" of "Barend du Plessis" (7 of the Reuters PEOPLE misses), "Miguel" and "Madrid" of
    // "Miguel de la Madrid".
    const joined = last !== undefined && (last.end + 1 === m.start ? text[last.end] === ' ' : PARTICLES_BETWEEN.test(text.slice(last.end, m.start)));
    if (m.type === 'PER' && last?.type === 'PER' && joined) {
      last.end = after === null || SENTENCE_OPENERS.test(after[0]) ? m.end : m.end + after[0].length;
      // French, Spanish and Portuguese bodies the model read as people ("Cie Generale de Constructions
      // Telephoniques", "Caisse Nationale de Credit Agricole"): whole now, and bodies by their first word.
      if (BODY_OPENER.test(text.slice(last.start, last.end))) last.type = 'ORG';
      swallowedUpTo = last.end;
      continue;
    }
    if (after === null || SENTENCE_OPENERS.test(after[0])) {
      out.push({ ...m });
      continue;
    }
    swallowedUpTo = m.end + after[0].length;
    out.push({ ...m, end: swallowedUpTo });
  }
  return out;
}
