import { DOCUMENT_VERSION } from '../../src/meili/passage-document.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../src/project-root.js';
import { DEFAULT_MODEL_PATH } from './ner/recognize.js';

/** chrono-node's version: a new release can read dates differently. */
function chronoVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(projectRoot, 'node_modules/chrono-node/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The version of the tagger's own rules. Bump it whenever a change to the tagging code changes what it finds, so
 * that an incremental run re-tags articles whose text did not change (a new model or alias file is noticed without
 * it). 2: date mentions must hold a cue, market fractions are no dates. 3: company names keep their words and lose
 * their legal form; a name cut after an initial gets its surname. 4: tickers, measures and adverbs are no actors.
 * 5: "the Bank" joins the bank the article names. 6: review mends of 2 and 3 (all 2026-11-23). 7: a person is
 * filed under the full name, not the surname; the NER decoder closes a span the model reads past; companies read
 * as people, wire brackets and tickers, cut company names, office holders, short firm names, the alias file's names
 * found in the text (all 2026-11-23/24, one release). 8: dates that are amounts, counts or names ("November 24, 4000
 * rupees", "December, 39 soldiers", "9/11") are no mentioned dates (2026-11-24). 9: the NER model scores in whole
 * numbers, so a tie between two tags goes to the first tag, not to rounding noise (10 of 16,655 bench articles
 * tagged differently); a one-word organisation capitalised only where a sentence starts and written in lower case
 * elsewhere in the article is no actor ("Tariffs", "Industry"); "London Interbank" is none (2026-11-24). 10: a name
 * found only in an all-capitals title joins the article's own name for it or goes ("U.S. SENATE", "LITTLE")
 * (2026-11-24). 11: a name the model split at "and" is one ("Cable and Wireless", "Rochester Gas and Electric",
 * "Ministry of International Trade and Industry", "United Nations Conference on Trade and Development"), and its
 * second half alone none ("Loan Association"); "God",
 * "Muslim", "Third World", "U.S. Dollar", "Chapter", "CD", "Latin America" and "EMS" are none (2026-11-24). 12: a
 * body every country has is that of its country, "Finance Ministry (Japan)", "Senate (United States)" (national-
 * bodies.ts); and what 11 took in after its first indexes were built (2026-11-24). 13: a weekday named alone is the
 * one on or before publication unless its clause speaks of what is to come; "next Sunday" is a day; "the Niger delta"
 * is Nigeria; "<body> of <name>" is one organisation ("Alliance of Sahel States"); an institution the gazetteer
 * counts for a country ("Bank of England", "Bundesbank") is an actor too (2026-11-24). 14: names the model cut before a
 * one-word company are one ("American Telephone and Telegraph Co", "Credit Suisse First Boston Ltd"), a company named
 * by a word of the language keeps its legal form ("News Corp", "Time Inc") (2026-11-24). 15: treaties and laws are no
 * actors ("Kyoto Protocol", "Tax Reform Act"), nor their city a country ("Kyoto Protocol" is not Japan); "Fort Benning,
 * Georgia" is the US state; titles go from names, a title alone is no actor, "Mr Bush" is a person (2026-11-24). 16: "the September 11
 * attacks" in a story after 2001 are 2001-09-11 (2026-11-24). 17: "George Bush" beside "George W. Bush" in one article
 * is that person (2026-11-24). 18: a story naming one US chamber as the United States' means the US ones by the others'
 * bare names ("the House", "Congress") (2026-11-24). 19: an acronym in brackets right after an organisation is that
 * organisation, whatever its letters ("Revolutionary Armed Forces of Colombia (FARC)") (2026-11-24). 20: "last week" and
 * "this weekend" are no dates (a day claimed a precision the text lacks); punctuation before a date is no part of its
 * mention (2026-11-24). 21: a news organisation named as the story's source ("told Reuters", "according to the
 * Associated Press") is no actor there, nor "Dow Jones" of its stock index (2026-11-24). 22: a pope's number is part of
 * his name ("Benedict XVI"); roman numerals, currency codes ("AU$"), wars, squares, valleys, faiths are no actors; the
 * White House is one (alias file); a month or day without its year in a clause of the past is the last one, "September
 * last year" is last year's, a two-digit year far from the story's is no date (2026-11-24). 23: the holder of an office
 * "of" a body is the person the model ran the body into ("Secretary of Defense Donald Rumsfeld" is no "Defense Donald
 * Rumsfeld"); Taoiseach, Congressman, Opposition Leader are titles on organisation spans too; a name ends before a
 * dangling "and" (2026-11-24). 24: a party by its short name ("Labour", "the Greens", "Conservatives") is its
 * country's party, as the other bodies every country has are, unless a minister's or a department's ("Labour
 * Minister") (2026-11-24). 25: a person's span ended on a middle initial takes the name after it ("George W Bush");
 * a name of several words that ends the article's one longer name is that person ("Bin Laden") (2026-11-24). 26: a
 * code review's fixes to 22–25: the past of a month without its year is a list of verbs, and plans and delays keep
 * the coming one; office holders only after an office's object or a country; no source rule for a person named like a
 * paper; "Conservatives" and "Liberals" are no parties; bodies "of" a war stay (2026-11-24).
 * 27: a name ends at an abbreviation's period before a word the wire capitalised there ("U.S. And Japan", "Walt
 * Disney Co. The"); a country's abbreviation before one word of the language or a title is no actor ("U.S.
 * Currency", "US President"); the alias file names the federal departments of the United States and the Security
 * Council (2026-11-24).
 * 28: a results table's rows, an office's object alone, number words, "City", "Human Rights" are no actors; legal forms
 * with dotted letters ("L.P.", "S.A."); the alias file keeps whole names the model cut at "and" or a comma (MITI, the
 * DTI, OMB, Alex. Brown and Sons, Donaldson Lufkin and Jenrette, Airbus Industrie) (2026-11-24).
 * 29: Gaza, the Gaza Strip, the West Bank, Gazans and Ramallah are Palestine (2026-11-24).
 * 30: a code review's and a black-box review's fixes to 27–28: no "Security Council" alias; an alias inside a longer
 * organisation's name or a department another place owns ("California's Department of Justice") is not the federal
 * one; "US"/"UK" without periods keep bodies ("UK Sport"); a listed name after "And" stays ("U.S. And NATO"); dotted
 * legal forms whole ("Total SA"); dates: "1987 be" is no Buddhist era, "March 19/20" a range of days, "from 1800 to
 * 2100 local" no years (2026-11-24).
 * 31: a one-word alias of an organisation is a person's surname where the article names that person ("Ulrich Wagner
 * … Wagner said" is no Wagner Group) (2026-11-24).
 * 32: a person's middle initial takes its period ("George W Bush" → "George W. Bush") (2026-11-24).
 * 33: the alias file lists companies the model reads as people (Google, Smith Barney, E.F. Hutton, Societe Generale,
 * Warner Bros) (2026-11-24).
 * 34: the parse drops Wikinews's closing election boxes ("Latest in this section", "Election latest") like its
 * related-news lists: a run over unchanged files must rewrite the articles that had one (2026-11-24).
 * 35: "Georgia" in a story from before Georgia's independence (9 April 1991) is the US state unless Caucasus cues say
 * otherwise; New Jersey's companies named without "New" are the United States (2026-11-24).
 * 36: a body's name loses the first words of a title run into it ("IMF Managing" → "IMF"); offices alone ("Attorney
 * General", "Inspector General") are no actors (2026-11-24).
 * 37: rivers, seas, straits, islands, mountains, "Strait of …", crude grades (Brent, WTI) and Bahia are no actors
 * (2026-11-24).
 * 38: one list of function words for the cut after a period and after "US"/"UK" ("While" joins the first); letters
 * left alone are dropped only where a period cut them (one article's "T.N." of "N.T. and S.A." is back) (2026-11-24).
 * 39: a black-box review's findings: organisations named with a nationality whole ("Brazilian Coffee Institute"); a
 * person's surname the model read as an organisation joins the person ("the Bush administration"); Spanish first
 * surnames; "O'Connor"; a WASHINGTON story's bare "House"; storms, scales, agreements and their acronyms, lawmakers'
 * descriptors, the wire's dollars; a bare "Stock Exchange" takes its country; a unit "of" a place and bodies "for" a
 * cause are one name; the parse drops the topic labels Wikinews pages open with; countries: no place before a dollar
 * sign ("US$") or in a ticker's brackets, a city with a legal form is a company, Jersey's readings, a person named
 * with a country's name as first name ("Chad Hurley"); wire copy's paragraphs open only at an indent, and two
 * people's names side by side are one; an actor's mentions that name no body go with its body; storms wherever
 * named; Wikinews status templates, category links and a leading image placement; Idriss Déby in the alias file;
 * wire headlines' companies stop at a stake's "PCT" and more verbs; an office before a name inside a person's span;
 * "Chad"/"Jordan" before a surname is a person even where the model read a place (2026-11-24).
 * 40: "EC" alone is the European Community before the European Union (1 November 1993) and the Commission after;
 * "ICO" alone in a story about coffee is the International Coffee Organization; the alias file files more
 * international bodies the wire names by their initials alone (ICCO, FAO, GCC, OAPEC, EFTA, EIB, UNCTAD, INRO) and
 * their own spellings of full names (measured against Reuters ORGS, 2026-11-24).
 * 41: the parse: a link widget's heading ("Most read", "Related articles", "Subscribe to our newsletter") above or
 * inside a scraped story drops itself and its links, not the story after it; a comments heading ends a story only
 * once it has begun; consent banners and sign-up prompts are no headline (an indexer review, 2026-11-24).
 * 42: a given name and a surname with lower-case name particles between ("Barend du Plessis", "Javier Perez de
 * Cuellar", "Osama bin Laden"), which the model had cut in two people, are one, and a body when its first word is a
 * body's ("Cie Generale de Constructions Telephoniques") (Reuters PEOPLE misses, 2026-11-25).
 * 43: a rate or a price quoted with its decimals and the figure it moved to ("4.26/12 pct", "145.10/20 yen") holds no
 * date (21 false dates in 17 articles, 2026-11-25).
 * 44: the parse: a publication date's zone is applied however it is written ("+02" or "+02:00" after a space, RFC
 * 2822 without its weekday, "EDT", "CEST", "UTC+5"), and a day that does not exist ("31 Jun") is no date (an indexer
 * review, 2026-11-25; the bench corpus's dates unchanged).
 * 45: a monarch's title before one name stays in the name ("King Hussein", not "Hussein" beside Saddam Hussein;
 * "Prince Charles", not "Charles"), and the model's one-name span after such a title takes it in, a place's too
 * ("Queen Elizabeth"), 2026-11-25.
 * 46: a span that is a monarch's title and one name, with or without a regnal number, is a person's whatever the model
 * read ("Queen Elizabeth II" was an organisation); a full name joins the article's one form of it with a regnal number
 * or a generation ("Queen Elizabeth" → "Queen Elizabeth II"); a monarch's title alone is no actor (2026-11-25).
 * 47: "VP", "PM" and "FM" are titles before a name ("VP Cheney" was an organisation beside Dick Cheney, "PM Vladimir
 * Putin" a person of its own), and a country's abbreviation before an office holder is no body ("US VP Dick Cheney")
 * (a user review, 2026-11-25).
 * 48: junk values of a user review: a lone capitalised function word ("Said") is no actor; "CEO" is a title; a weekday
 * after a person's name and crude grades ("NYMEX Crude", "Brent Crude") are no part of a name; a person's span run on
 * past another person's name ("Reagan Iran", a title-case headline), two people joined by "and", countries' names
 * before a person; "House prices"; the last word of a name the model cut ("Mercury News", "Skull and Bones")
 * (2026-11-25).
 * 49: who a name means by the story's date: the alias file's eras ("George Bush" and a bare "Bush" are the father in
 * 1987, the son in 2005), a titled surname through the eras that list it so ("President Bush", "Mrs. Aquino"), a
 * surname after a title none lists not through its era ("Mrs. Bush", "former President Bush"), and a one-word
 * organisation that is a surname of an era ("the Bush administration") is that person (a user review, 2026-11-25).
 * 50: the alias file's code names ("G-7", "G7") looked for in the text as written, where the model read them as
 * miscellany or not at all; the groups of nations in the alias file (2026-11-25).
 * 51: a month's abbreviation alone ("Jan") and Moody's ratings ("Aaa") are no actors; the last word of a company's
 * name alone ("Associates", "Bancorp") refers back to the company named in full, or is left out (2026-11-25).
 * 52: "Airways" alone is no actor (the model's person of a cut "Pan American World Airways"); "Vice President" before
 * a surname is a title of its own, looked up in the eras ("Vice President Bush" of 1981–1989), no longer a president
 * other than the one of the day that kept the surname apart (a code review, 2026-11-25).
 * 53: General Electric, General Motors and Rolls-Royce in the alias file: the model read "General Electric said" as a
 * general called Electric (a person of 9 bench articles) and "Rolls Royce" as a person; not their tickers' letters,
 * which are also "genetically modified"; "Queen Elizabeth" is Elizabeth II in stories of her reign (2026-11-25).
 * 54: a share class with its letter ("Class B") and a results table's period row ("Nine Mths") are no actors (2026-11-25).
 * 55: an article's documents carry one spelling of each actor its filter folds together ("Sinn Fein", "Sinn Féin":
 * indexer/documents.ts oneSpellingEach), so the facet counts the article once (a black-box review, 2026-11-25).
 * 56: "a 2/3 majority" is no date, and the world "post-September 11th" is that of 2001 (a black-box review, 2026-11-25).
 * 57: a pope and his regnal name the model read as an organisation ("the Pope Benedict XVI") is the person, "Benedict XVI",
 * as it is when read as a person (2026-11-25).
 * 58: a weekday told in the past is the one before publication though a word of the future stands earlier in its clause
 * or sentence ("will be transferred … following an agreement reached Thursday", "On Wednesday, Microsoft announced that
 * the next version…"); "coming" is the future only as "this/the coming" (a black-box review, 2026-11-25).
 * 59: an article without a publication date has no date of words alone ("today", "this year" had been read against
 * chrono's own instant: 14 mentions of 2000 in the bench corpus's undated articles); "today" and "tomorrow" count from
 * the dateline's day, where it is within three days of the wire's GMT stamp ("SYDNEY, March 16 -" stamped March 15);
 * a weekday on the calendar is to come: after a verb of the present ("which starts on Friday"), "scheduled for", "due
 * to open", "would" (not "would have"); "was" and "had" are verbs of the past (a black-box review, 2026-11-25).
 * 60: a name ending as only organisations end ("Kaupthing Bank", "Wikimedia Foundation") is one, though the model read
 * a person; an acronym in brackets takes its name back to where its letters start ("Justice and Equality Movement
 * (JEM)", not "Equality Movement"); measures and securities those full names showed are no actors (a black-box
 * review, 2026-11-25).
 * 61: currencies, rates, bonds, a region and Wikinews' headings are no actors ("Krona", "FRN", "Scandinavia", "Wikinews
 * Shorts"); "New Mexican" is the United States, not Mexico (a black-box review, 2026-11-25).
 * 62: a bare "Senate" or "Congress" is only a country's that has one, and the one such country of an article without a
 * dateline; Nordic one-word banks ("Landsbanki") are organisations; "Adm John Poindexter", "Laden]", "Opec February"
 * lose the title, the bracket and the month; a volcano is no actor.
 * 63: a thrift's "Savings and Loan" is one name past "Loan Association" ("…Loan Insurance Corp", "…Loan Association
 * of the Rockies"); time zones and "News" alone are no actors.
 * 64: a trade or a sentence's adverb before a name is no part of it ("Developer Donald Trump", "Moreover Chávez"), nor is
 * an office's last word before a comma ("Interior, Nicolas Sarkozy"); crude grades, bays and prefectures are no actors;
 * the alias file gives six leaders' bare surnames in their years ("Obama", "Gorbachov"): a black-box review, 2026-11-25.
 * 65: a range's end in another month or year is mentioned too ("May 1987 through November 1988"), and so are the years
 * a list or a range writes after a year ("in 2001 and 2005", "from 1985 to 1987"): the same review.
 * 66: what rules 64 left of crude grades in capitals ("BONNY", "ES") and a programme's name ("Program") is no actor.
 * 67: a "person" of more than eight names is a list of people and no actor; a city's name that is the surname of a
 * person the text names is that person ("Lagos" beside "Ricardo Lagos"), "Valencia oranges" no place, "Georgia
 * resident" and a story naming another US state the state; Japan's islands and prefectures are places ("Niigata");
 * "after", "since", "following" or "of September 11" is 2001's: a black-box review, 2026-11-25.
 * 68: bare surnames the model left untagged are mentions (of the article's full names, and the alias file's era names
 * on the story's day: "Bush"); a surname joins a full name the model read as an organisation ("Jayson Blair") before
 * the alias file's person; "Gulf of Mexico" is no Mexico; the World Health Organization's "WHO": a fifth black-box
 * review, 2026-11-25.
 * 69: a month or day after the story's, told with a verb of the past right before it ("ended in May", "began June 1")
 * or a clause after it ("in February, where 68 people died"), is the last one however near the coming one lies: the
 * same review.
 * 70: "the Treasury Department" is a country's Treasury; a party's "Democrat" before a person's name is no part of
 * it ("Democrat Barbara Boxer"); soft hyphens leave the text: a sixth black-box review, 2026-11-25.
 * 71: a tagging audit of the bench files (docs/TAGGING.md "Rules 71"): more names that are no actors, a lawmaker's
 * party and state, the full names after an initial, countries named only by a currency or a listing, "USA Today".
 * 72: a company in the wire's angle brackets is one organisation; a firm of partners ("Phillips and Drew") is one; "^M"
 * leaves the text; the tag CLI joins wrapped lines (docs/TAGGING.md "Rules 72").
 */
export const TAGGING_RULES_VERSION = 72;

/**
 * What decides an article's tags besides its text: the rules' version, chrono-node's, the NER model and the alias file
 * (and the documents' shape, DOCUMENT_VERSION), as a
 * short hash. The indexer folds it into each article's stored content hash, so an unchanged article is skipped only
 * when it would be tagged the same way again; after an upgrade or an alias edit, the next run re-tags everything.
 *
 * `taggingFingerprint('data/aliases.txt')` → `'3f9c2a41d07b'` (changes with any byte of either file)
 */
export function taggingFingerprint(aliasFile: string, modelFile: string = DEFAULT_MODEL_PATH): string {
  return createHash('sha1')
    .update(`rules ${TAGGING_RULES_VERSION} documents ${DOCUMENT_VERSION} chrono-node ${chronoVersion()}\n`)
    .update(readFileSync(modelFile))
    .update('\n')
    .update(readFileSync(aliasFile))
    .digest('hex')
    .slice(0, 12);
}
