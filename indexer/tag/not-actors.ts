import type { Mention } from './mention.js';
import { isNewsSourceMention } from './news-sources.js';
import { COUNTRY_ABBREVIATION, isFunctionWord } from './actor-names.js';
import { MONTH_ABBREVIATIONS } from '../../src/text/calendar-words.js';

/**
 * Names the model tags as organisations on the business wire that name no actor: economic measures, currencies,
 * time zones, credit ratings, table abbreviations, share classes and sentence adverbs ("GNP", "USD", "UTC", "AAA",
 * "Qtr", "Rev", "Class" of "Class A shares", "Furthermore"), and a few words the model takes for names
 * ("God"). Each was among the commoner actor values of the Reuters
 * and Wikinews files (docs/TAGGING.md).
 * Exact spellings: "Rev" of a revenue table, not "Rev." before a clergyman's name (a title, stripped elsewhere).
 */
const NOT_ACTORS: ReadonlySet<string> = new Set([
  'GNP', 'GDP', 'CPI', 'PPI', 'USD', 'EUR', 'UTC', 'GMT', 'DJIA', 'LBO',
  'AAA', 'AA', 'BBB', 'BB', 'Qtr', 'Rev', 'Shr', 'Class', 'Furthermore', 'However', 'Meanwhile', 'Moreover', 'Nevertheless',
  // The rate, not a body: what the model keeps of "London Interbank Offered Rate".
  'London Interbank',
  // A currency, a region, a faith and its god, a bankruptcy law's chapter, certificates of deposit: each in 30–50
  // articles of the bench index's actor facet (2026-11-24). "CD" is also the Conference on Disarmament, which the
  // business wire of the corpus never meant.
  'U.S. Dollar', 'Third World', 'Muslim', 'God', 'Chapter', 'CD',
  // A region no country tagger claims, and the European Monetary System (a currency arrangement, 24 articles).
  'Latin America', 'EMS',
  // What is left of a treaty's or a law's name alone ("the Act", "the Treaty"): see TREATY_OR_LAW.
  'Act', 'Treaty', 'Convention', 'Protocol', 'Accord',
  // Faiths and their people, a region's adjective, a holiday, weapons, bonds, a state and two prisons: among the actor
  // values of a black-box review of the Wikinews and Reuters files (2026-11-24; "Middle Eastern" of "of Middle Eastern
  // appearance", "Treasuries" the bonds, "NSW" the Australian state).
  'Muslims', 'Muslim', 'Shiite', 'Shiites', 'Sunni', 'Sunnis', 'Christians', 'Jews', 'Catholics', 'Middle Eastern',
  'Christmas', 'Easter', 'Ramadan', 'War', 'WMD', 'WMDs', 'Treasuries', 'NSW', 'Abu Ghraib', 'Guantanamo', 'Guantanamo Bay',
  // Tagging rules 28, from the bench files' commoner values: a results table's rows ("Revs 278 mln vs 290 mln"); what
  // an office's title leaves of it ("Minister of State for Foreign Affairs", "Trade and Industry Secretary"); a right
  // of a convention's name ("European Convention on Human Rights"); a city's last word ("Sioux City", "City Markets")
  // or London's financial district.
  'Revs', 'Oper', 'Avg', 'Foreign Affairs', 'Internal Affairs', 'External Affairs', 'Home Affairs', 'Trade and Industry',
  'Human Rights', 'City',
  // Crude oil grades ("Brent" 10 articles, "WTI" 4) and a cocoa-growing state of Brazil ("Bahia" 6): rules 37.
  'Brent', 'WTI', 'Bahia',
  // Personal computers ("PC" 19 articles, every one about the machines) and the U.S. Export Enhancement Program ("EEP"
  // 17, a subsidy the wire names by its letters): rules 39.
  'PC', 'PCs', "PC's", 'EEP',
  // Bonds as a table's heading or a story's ("Bonds" 11 articles; the ballplayer is "Barry Bonds"), the adjective
  // of "Latin American debtors" (9) and the wire's dollars: rules 39.
  'Bonds', 'Latin', 'Dlr', 'Dlrs',
  // A month's abbreviation ("Ended Jan four" of a results table: "Jan" 12 articles, "Feb" 11 of the bench files at
  // rules 50): rules 51; and "Airways" alone, which the model reads as a person where it cuts "Pan American World
  // Airways" or "Presidential Airways" (10 articles, every one a person): rules 52.
  ...MONTH_ABBREVIATIONS, 'Airways',
  // Measures, securities, a crude grade, a disease and a toolkit that its bracketed acronym now names in full (rules
  // 60: "Gross National Product (GNP)", "American Depositary Receipt (ADR)"), as their cut names had been actors.
  'Gross National Product', 'Gross Domestic Product', 'Net National Income', 'West Texas Intermediate',
  'American Depositary Receipt', 'American Depository Receipt', 'American Depositary Receipts', 'American Depository Receipts',
  'ADR', 'ADRs', 'Acquired Immune Deficiency Syndrome', 'Acquired Immunodeficiency Syndrome', 'Software Development Kit',
  'Monetary Compensatory Amounts',
  // Currencies, rates, bonds, a holiday, a region, a people's adjective and Wikinews' own headings, in the actor facet of
  // a black-box review (2026-11-25): "Krona" a person of the Iceland bank stories, "Scandinavia" an organisation.
  'Krona', 'Kronor', 'Kronur', 'Krone', 'Kroner', 'Libid', 'Libor', 'FRN', 'FRNs', 'Eurobond', 'Eurobonds', 'Bank Holiday',
  'Neutral Zone', 'Scandinavia', 'Icelandic', 'Wikinews Shorts', 'Wikinews What', 'Yeah',
  // A volcano, an organisation of the 2010 ash stories (a black-box review, rules 62).
  'Eyjafjallajökull', 'Eyjafjallajokull',
  // Time zones of a deadline ("by 1500 hrs EST": "EST" an organisation of 14 articles) and "News" alone, what the
  // model keeps of "News of the World" or "U.S. News and World Report" (8): rules 63.
  'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'JST', 'HKT', 'News',
  // Crude grades read as people ("Bonny Light", "Es Sider"), and what the model keeps of "the Weather Channel" or "the
  // Ministry of Fisheries": rules 64 (a black-box review).
  'Bonny Light', 'Es Sider', 'Channel', 'Fisheries',
  // What those rules left of the grades in a wire's capitals ("BONNY", "ES") and of "iPhone Developer Program": rules 66.
  'BONNY', 'ES', 'Program', 'Programme',
  // Products, programmes, a molecule, stock indices, a place of Congress and words of a title, in the actor facet of a
  // tagging audit of the bench files (rules 71: "DVD" 11 articles, "PlayStation" 10, "CAC" 12, "All Ordinaries" 9,
  // "Capitol Hill" 16 as a person, "Head" 11 of "Head of the EC Delegation").
  'DVD', 'DVDs', 'DNA', 'NGO', 'NGOs', 'R&D', 'PlayStation', 'Internet Explorer', 'Mac OS', 'Linux', 'Dreamliner',
  'Business Brief', 'Question Time', 'Downing Street Memo', 'Social Security', 'Deepwater Horizon',
  'CAC', 'All Ordinaries', 'Bovespa', 'IBEX', 'SMI', 'SSE Composite', 'Hang Seng', 'FTSE', 'DAX',
  'Capitol Hill', 'Head', 'Subcommittee', 'West Coast', 'East Coast',
  // A period of a title, as the Kremlin wrote "President of the Transitional Period of the Republic of Mali" (a sample
  // article's actor).
  'Transitional Period', 'Transition Period',
]);

/** A lawmaker's party and state in brackets after the name: "Sen. David Boren (D-Okla.)", "(R-Kan)", "(D-CA)": rules 71. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]{1,6}$/u;

/** Wikinews naming itself, or what the model keeps of its notes to readers ("WN How", "Wikinews Thank"): rules 71. */
const WIKINEWS_ITSELF = /^(?:Wikinews|WN)(?:\s|$)/;

/** A credit rating as Moody's writes it ("Aaa", "Baa2", "Caa1"; Standard and Poor's capitals are in NOT_ACTORS). */
const MOODYS_RATING = /^(?:Aaa|Aa[1-3]?|A[1-3]|Baa[1-3]?|Ba[1-3]?|B[1-3]|Caa[1-3]?)$/;

/**
 * A lawmaker's party and state ("an Illinois Democrat", "a Texas Republican": 10 articles), and a currency in the
 * wire's abbreviation ("N.Z. Dlrs", 12): no actor's name. (A party's is: "Liberal Democrat", "Christian Democrats".)
 */
const DESCRIPTOR = /^(?!(?:Liberal|Social|Christian|Free|New)\s+\S+$)(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:Democrat|Republican)$|\sDlrs?$/u;

/**
 * A number written as a word, capitalised by a date or a table: "March Nine", "Nine months net" (18 articles); and a
 * results table's period row, "Nine Mths" (13 bench articles at rules 53: tagging rules 54).
 */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand)(?: Mths?)?$/;

/** A share or a warrant's class, "Class B" of "Class B common shares" (13 bench articles at rules 53: tagging rules 54). */
const SHARE_CLASS = /^Class [A-E]$/;

/** A roman numeral on its own: a Reuters table's row ("II", "VI") or a pope's number the model cut from his name. */
const ROMAN_NUMERAL = /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/;

/** News organisations no person is named after: the model's "person" of these is the agency. */
const NEVER_A_PERSON = /^(?:Reuters?|REUTERS?|Associated Press|AP|AFP|Agence France-Presse|Xinhua|CNN|BBC(?: News)?|UPI|Wikinews|Interfax|Kyodo|Itar-Tass|TASS|Tass)$/;

/** A body "of" or "for" a war or a place stays one: "Veterans of Foreign Wars", "Institute for the Study of War". */
const OF_A_BODY = /\s(?:of|for)\s/;

/**
 * A war is an event ("Iraq War", "Cold War"); a square, a valley, an opera house are places, and so are rivers, seas,
 * straits, islands and mountains ("Mississippi River" 8 articles, "Bass Strait" 6, "Canary Islands" 6: tagging rules
 * 37), and "the Strait of Hormuz".
 */
const EVENT_OR_PLACE = /\s(?:Wars?(?:\s+I{1,2})?|Square|Valley|Opera House|River|Sea|Straits?|Islands?|Mountains|Peninsula|Desert|Prefecture)$/;
/**
 * A strait, a gulf, a sea named "of" a place: no body "of" it ("Strait of Hormuz", "Gulf of Mexico"); a bay "of" one
 * word ("Bay of Plenty", "Bay of Pigs"; "Bay of Plenty Regional Council" is a body): rules 64.
 */
const PLACE_OF = /^(?:Straits?|Gulf|Sea) of\s|^Bay of \p{Lu}\p{L}+$/u;

/** A storm by its name ("Hurricane Katrina" 15 articles, of which the model kept "Katrina"): rules 39. */
const STORM = /^(?:Hurricanes?|Hurrican|Typhoons?|Cyclones?|Tropical Storm|Storm)\s/;
const STORM_BEFORE = /\b(?:Hurricanes?|Hurrican|Typhoons?|Cyclones?|Tropical Storm|Storm)\s+$/;

/** Whether the name at `start` of `text` is a storm's, by the word before it: "Hurricane Katrina", "Cyclone Larry". */
export function isStormName(text: string, start: number): boolean {
  return STORM_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** A scale named after its maker: "6.5 on the Richter scale" (14 articles). */
const SCALE_AFTER = /^\s+scale\b/;

/**
 * A ticker as Reuters prints one: a short code in capitals, with its exchange after a dot or a space ("XON",
 * "HKEH.HK", "VOLV ST"). A company's name in the same brackets ("<Crowley Maritime Corp>") is an actor.
 */
const TICKER = /^[A-Z0-9&-]{1,8}(?:[. ][A-Z]{1,3})?$/;

/** An ordinal left of an earnings headline ("4TH" of "4TH QTR NET"). */
const ORDINAL = /^\d+(?:ST|ND|RD|TH|st|nd|rd|th)$/;

/**
 * Whether the name at `start..end` of `text` names no actor: a word of the list above, a stock ticker in angle
 * brackets as Reuters prints them after the company ("Exxon Corp <XON>": the company is already there), or a news
 * organisation as the story's source ("told Reuters": news-sources.ts); the caller passes the name without brackets.
 *
 * `isNotAnActor('Exxon Corp <XON> said', 12, 15, 'XON')` → true; `isNotAnActor('Exxon Corp said', 0, 5, 'Exxon')` → false
 */
export function isNotAnActor(text: string, start: number, end: number, name: string, type?: Mention['type']): boolean {
  return (
    isNotAnActorName(name) ||
    (text[start - 1] === '<' && text[end] === '>' && TICKER.test(name)) ||
    // A person named like a paper ("Michael Bloomberg": "According to Bloomberg") is no source; the model's "person"
    // Reuters is.
    ((type !== 'PER' || NEVER_A_PERSON.test(name)) && isNewsSourceMention(text, start, end, name)) ||
    // A currency's code before its sign: "AU$6.3 million" is no African Union, "NZ$" no New Zealand body.
    text[end] === '$' ||
    // "Parliament Hill", "Capitol Hill": the model keeps "Hill".
    (name === 'Hill' && /\b(?:Parliament|Capitol)\s+$/.test(text.slice(Math.max(0, start - 12), start))) ||
    isStormName(text, start) ||
    SCALE_AFTER.test(text.slice(end, end + 8))
  );
}

/**
 * A treaty or a law, named by its last word: "Kyoto Protocol", "Geneva Conventions", "Tax Reform Act", "Oslo
 * Accords", "International Natural Rubber Agreement" (16 articles; "General Agreement on Tariffs and Trade" is a body
 * too, and ends otherwise). The model tags them as organisations; they are what actors sign or pass, and the review of the Wikinews
 * facet found them among its people and bodies. ("Warsaw Pact" is both, and stays.)
 */
const TREATY_OR_LAW = /\s(?:Protocols?|Conventions?|Treaty|Accords?|Act|Agreements?)$/;

/**
 * Whether a name, wherever it stands, is one of the list above, a number word, an ordinal, a treaty or a law, a roman numeral, a storm,
 * a lawmaker's party and state, a currency, a war
 * or a place of the kinds above.
 * `isNotAnActorName('GNP')` → true; `isNotAnActorName('Kyoto Protocol')` → true
 */
export function isNotAnActorName(name: string): boolean {
  return NOT_ACTORS.has(name) || PARTY_AND_STATE.test(name) || WIKINEWS_ITSELF.test(name) || MOODYS_RATING.test(name) || NUMBER_WORD.test(name) || SHARE_CLASS.test(name) || ORDINAL.test(name) || TREATY_OR_LAW.test(name) || ROMAN_NUMERAL.test(name) || PLACE_OF.test(name) || STORM.test(name) || DESCRIPTOR.test(name) || (EVENT_OR_PLACE.test(name) && !OF_A_BODY.test(name));
}

/**
 * Bodies a country's abbreviation names with one word of the language, which stay actors ("U.S. House", "US
 * Embassy"). A company stays where it is written with its legal form ("U.S. Shoe Corp"); written without it, only if
 * the alias file lists it ("U.S. Steel").
 */
const A_COUNTRY_S_BODY: ReadonlySet<string> = new Set([
  'House', 'Senate', 'Congress', 'Parliament', 'Cabinet', 'Government', 'Administration', 'Treasury', 'Embassy',
  'Mint', 'Navy', 'Army', 'Marines', 'Military', 'Customs', 'Consulate', 'Fed',
]);

/**
 * What the office-holder rule leaves of a title ("US Defense Secretary Donald Rumsfeld" → "US Defense"), and words no
 * body is named by ("US According", "US Dollar", and function words: "USA While"): with or without periods, no actor.
 */
const OFFICE_WORD = /^(?:Defen[cs]e|Energy|Transportation|Transport|Home|Foreign|Commerce|Development|Justice|Labou?r|Interior|Health|Education|Trade|Agriculture|State|Federal|According|Top|Dollar|Crude|First)$/;

/** Titles: "US President", "UK Chancellor" name an office, and its holder is tagged apart where named. */
const TITLE_WORD = /^(?:President|Ambassador|Chancellor|Secretary|Undersecretary|Representative|Envoy|Senators?|Judge|General|Attorney|Commanders?|Ministers?|Officials?)$/;

/**
 * A country's abbreviation alone, or before a title ("US President", "UK Chancellor"), or, written with periods,
 * before one word of the language that is no body of the country: the capital some Reuters copy gives the word after
 * every period ("the U.S. Currency", "U.K. Budget", "U.S. Market"; 258 values of this shape in 531 article values of
 * the bench files at tagging rules 26). Without periods, a modern spelling that copy never had, a word stays: "US
 * Steel", "UK Sport", "US Soccer" are bodies. Callers ask the alias file first ("U.S. Steel" is listed).
 * `isCountryAndWord('U.S. Currency', isCommonWord)` → true; `isCountryAndWord('U.S. House', …)` → false;
 * `isCountryAndWord('UK Sport', …)` → false; `isCountryAndWord('US President', …)` → true
 */
export function isCountryAndWord(name: string, isCommonWord?: (word: string) => boolean): boolean {
  if (COUNTRY_ABBREVIATION.test(name)) return true;
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return false;
  const country = name.slice(0, space);
  const word = name.slice(space + 1);
  if (!COUNTRY_ABBREVIATION.test(country) || !/^\p{Lu}\p{Ll}+$/u.test(word) || A_COUNTRY_S_BODY.has(word)) return false;
  return TITLE_WORD.test(word) || OFFICE_WORD.test(word) || isFunctionWord(word) || (country.includes('.') && isCommonWord?.(word) === true);
}
