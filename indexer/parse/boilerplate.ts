/**
 * Site boilerplate in scraped article text, line by line. Three kinds, each a list of patterns so a new site's
 * chrome is one line to add:
 * - `dropLine`: a line that is never article text (share buttons, counters, weather widgets, shortcodes, "READ:").
 * - `dropWithLinkTitle`: a "Read more" line and the related-article title under it.
 * - `endOfStory`: the heading of a page's comments ("Leave a Reply") or a sign-up box, after which nothing is article
 *   text (above the story, it is a line of chrome).
 * - `linkListHeading`: a widget's heading over links to other stories ("Most read", "Related articles"): the heading
 *   and its link titles go; the page ends there unless the story's prose goes on right after (a widget set into it).
 *
 * `stripBoilerplate(['Share', 'Niger has defied US warnings.', 'Leave a Reply', 'Your email…'])`
 *   → `['Niger has defied US warnings.']`
 */
import { MONTH_NAMES, MONTH_SHORT_NAMES, oneOf, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

const dropLine: RegExp[] = [
  /^(share|share this( article| story)?|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|copy link)$/i,
  /^(advertisement|sponsored( content)?|skip to (main )?content|click here to subscribe)$/i,
  // Consent banners and sign-up prompts, which a scrape can put above the headline.
  /^((accept|reject|manage)( all)? cookies|cookie (settings|policy|preferences|notice)|we use cookies\b.{0,200})$/i,
  /^(sign up|subscribe)( now)?( (for|to) (our|the) (daily |weekly )?newsletters?)?[.!]?$/i,
  /^\d{1,7}$/, // share and comment counters
  /^-?\d{1,3}(\.\d)?\s*°?\s*[CF]$/, // weather widget: "30.1 C"
  /^\[\/?[a-z][\w-]*(\s[^\]]*)?\]$/i, // WordPress shortcodes: [mc4wp_form id="206"]
  /^(read|see|watch)( more| also)?\s*:/i, // "READ: Putin responds to Macron…"
  // A lone wire-agency credit (Reuters signs off "Reuter", now and then "reuter" or "reuter...").
  /^(AFP|AP|[Rr]euters?|REUTERS?|TASS|dpa|Xinhua|ANI|PTI|IANS)(\.{3})?$/,
  /^(photo|image|credit|source)\s*:\s*\S.{0,80}$/i,
  // A navigation or footer row: three to eight short items between bars or dots ("Home | World | Africa | Subscribe").
  /^[^|·•]{1,30}(\s[|·•]\s[^|·•]{1,30}){2,7}$/,
  // Share widgets written out: "Share this article: Facebook Twitter Email", "Share on Facebook". With its capital:
  // wire copy is wrapped, and a line "share on its common payable May one" continues a sentence.
  /^(Share|SHARE) (this|on|via|THIS|ON|VIA)\b.{0,80}$/,
  // A byline on its own line, a name of two words or more: "By John Smith", "By Jane Doe and Ali Musa" (not "By
  // Christmas", "By Monday" or "By March"). Capital
  // "By" and no full stop at the end: wire copy is wrapped, and a line "by Moody's." or "by Baker." continues a sentence.
  new RegExp(String.raw`^By\s+(?!(?:${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)})\b)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|da|bin)){1,5}(?<!\.)$`, 'u'),
  // A byline with the writer's role or the date after a comma or a bar: "By Jane Doe, Staff Writer", "By John Smith |
  // Published March 3, 2024 10:30 a.m." (an indexer review found them kept as text, and the role as an actor). Only
  // with such a word after it: "By European Standards, the deal was small." is a sentence.
  new RegExp(String.raw`^By\s+(?!(?:${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)})\b)\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|da|bin)){1,5}\s*[,|·•–—]\s*(?=[^\n]{0,80}?\b(?:[Ss]taff|[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Cc]olumnist|[Cc]ontributors?|[Bb]ureau|[Pp]ublished|[Uu]pdated|Reuters|Associated Press|AP|AFP|${oneOf(MONTH_NAMES)}|\d{4})\b)[^\n]{1,100}$`, 'u'),
  // A copyright line: "© 2023 Reuters. All rights reserved."
  // A copyright sign or "(c)" with a year ("(c) unhindered access" is a list's third point), or "Copyright ©".
  /^(©|\(c\)\s*\d{4}|copyright\s+(©|\(c\))).{0,100}$/i,
  /^.{0,100}\ball rights reserved\.?$/i,
  // A marker where a page's ad or read-on button stood: "Continue reading below", "Story continues below
  // advertisement", "Article continues after this ad" (an indexer review found them kept as text).
  /^(continue reading( below| after (this|the) (ad|advertisement))?|(the )?(story|article|text) continues( below| after (this|the) (ad|advertisement))?( advertisement)?)\.?$/i,
  // A page's list of tags or topics: "Tags: Niger, Coup, ECOWAS", "Topics: Africa · Politics", "Filed under: World".
  // Its names are no sentence of the story, and would be read as its actors.
  /^(tags?|topics?|filed under|categories|category|keywords?)\s*:\s*\S.{0,300}$/i,
];

/** A date and a time, as a page's dateline writes them: "March 3, 2024", "10:30 a.m. ET", "2024-03-03", "Mon". */
const STAMP_WORD = new RegExp(String.raw`^(?:${oneOf(MONTH_NAMES)}|${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_SHORT_NAMES)}|${oneOf(WEEKDAY_NAMES.map((d) => d.slice(0, 3)))}|Sept|Tues|Thurs|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{2,4}|[ap]\.?m\.?|at|on|and|ago|hours?|minutes?|days?|mins?|hrs?|[,.|·•–—/:-])$`, 'i');
/** A time zone, in capitals: "ET", "GMT+1", "CEST". */
const TIME_ZONE = /^(?:[A-Z]{2,4}|(?:GMT|UTC)[+-]\d{1,2})$/;
/** A stamp's own words: "Published", "Last updated on", "Posted at:". */
const STAMP_VERB = String.raw`(?:(?:first |originally )?published|(?:last )?updated|posted|modified)\b\s*(?:on|at)?\s*:?`;
const STAMP_OPENER = new RegExp(`^${STAMP_VERB}\\s*`, 'i');
const STAMP_VERB_AGAIN = new RegExp(`(?:^|[\\s|·•–—])${STAMP_VERB}`, 'gi');

/**
 * A page's publication stamp on a line of its own: "Published March 3, 2024 · Updated 10:30 a.m. ET", "Updated:
 * 2024-03-04 08:00", "Posted 3 hours ago". Only dates, times and the stamp's own words follow the opener: "Published
 * figures show that output rose in 2023." is a sentence, and stays.
 */
function isDateStamp(line: string): boolean {
  const opener = STAMP_OPENER.exec(line);
  if (opener === null || line.length > 160) return false;
  const rest = line.slice(opener[0].length).replace(STAMP_VERB_AGAIN, ' ');
  const words = rest.split(/\s+|(?<=[,|·•–—])|(?=[,|·•–—])/).filter((w) => w !== '');
  return words.length > 0 && words.some((w) => /\d/.test(w) || /^[a-z]{3,}$/i.test(w)) && words.every((w) => STAMP_WORD.test(w) || TIME_ZONE.test(w));
}

/** A heading over links to other articles: "Read more", "Related:", "More on this story". */
/** A site's menu words, each on its own line at the top of a scraped page, before its first sentence ("Menu", "Search"). */
const MENU_WORD = /^(menu|main menu|search|home|sign in|log in|sign up|subscribe|newsletters?|cookie (settings|policy|preferences)|privacy( policy)?|terms( of (use|service))?|accessibility|contact( us)?|about( us)?)$/i;

const dropWithLinkTitle = /^(read more|related|recommended|also read|more on this( story)?)\s*:?$/i;

/** Headings after which a page holds no more of its story, once the story has begun: its comments, a sign-up box. */
const endOfStory: RegExp[] = [/^leave a (reply|comment)$/i, /^your email address will not be published/i, /^\d*\s*comments?$/i, /^(subscribe to|sign up for) our newsletters?$/i];

const linkListHeading: RegExp[] = [
  /^(most popular|most read|trending)( articles| stories| now)?$/i,
  /^(related|recommended) (articles|posts|stories|news)$/i,
  /^(you may|you might) also like$/i,
];

/** How many link titles a widget lists at most (blank lines between them allowed). */
const MAX_LINK_TITLES = 12;

export function isDroppedLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && (dropLine.some((re) => re.test(t)) || isDateStamp(t));
}

const FIVE_WORDS = /^\S+(?:\s+\S+){4}/;

/** A line of article prose: a sentence of five words or more. */
function isProse(line: string): boolean {
  const t = line.trim();
  // Five words or more, counted without splitting the line: `t` is trimmed, so its words are its white-space runs + 1.
  return /[.!?]["”’)]?$/.test(t) && FIVE_WORDS.test(t);
}

/** A short line with no sentence ending: the title of a linked article, not a paragraph. */
function looksLikeLinkTitle(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 140 && !/[.!?:"”’)]$/.test(t);
}

export function stripBoilerplate(lines: string[]): string[] {
  const kept: string[] = [];
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    // Comments or a sign-up box end the story, once it has begun: the same heading above the story is a page's chrome.
    if (endOfStory.some((re) => re.test(t))) {
      if (prose) break;
      continue;
    }
    if (linkListHeading.some((re) => re.test(t))) {
      // The heading and its link titles go. Where the story's prose does not go on right after them, the page's
      // footer comes: the story ends here (a "Most read" above the story, or set into it, leaves the story whole;
      // a footer's own sentences, "Example News is published by…", stay out).
      let k = i + 1;
      let lastTitle = -1;
      let siteLinks = false;
      for (let titles = 0; k < lines.length; k++) {
        const next = lines[k]!.trim();
        if (next === '') continue;
        if (titles === MAX_LINK_TITLES || !looksLikeLinkTitle(next)) break;
        titles++;
        lastTitle = k;
        siteLinks ||= MENU_WORD.test(next);
      }
      // The site's own links among them ("About us", "Contact") mean the page's footer, whatever sentences follow.
      if (prose && (siteLinks || !(k < lines.length && isProse(lines[k]!) && !isDroppedLine(lines[k]!)))) break;
      // Above the story, the short line right before its first sentence is its headline, not one more link.
      if (!prose && lastTitle >= 0 && k < lines.length && isProse(lines[k]!)) k = lastTitle;
      i = k - 1;
      continue;
    }
    if (!prose && MENU_WORD.test(t)) continue;
    if (isProse(t)) prose = true;
    if (dropWithLinkTitle.test(t)) {
      // Skip blank lines between "Read more" and the link titles, then the titles: up to five short lines without a
      // sentence's end, as a block that a blank line or the end closes. A block that runs on into text is a wrapped
      // paragraph of wire copy, not links: it stays.
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      let k = j;
      while (k < lines.length && k - j < 5 && looksLikeLinkTitle(lines[k]!)) k++;
      if (k > j && (k === lines.length || lines[k]!.trim() === '')) i = k - 1;
      continue;
    }
    if (isDroppedLine(t)) continue;
    kept.push(line);
  }
  return withoutAuthorNote(kept);
}

/**
 * A note on the writer closing a story: "Jane Doe is a reporter covering energy for the Post. Follow her on X
 * @janedoe." or "The author is a freelance journalist based in Nairobi." (an indexer review found such notes kept as
 * text, the writer then one of the story's actors). A sentence about a reporter in the story's own text lacks the
 * writer's contact ("Follow her", a handle, "can be reached"); "The author is…" is a note wherever it closes a story.
 */
const WRITER_IS = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer|freelancer)\b/u;
const WRITER_CONTACT = /\b(?:[Ff]ollow (?:him|her|them)\b|can be reached\b|[Ee]-?mail (?:him|her|them)\b|[Cc]ontact (?:him|her|them)\b)|(?<![\w.])@\w{2,}/;
const THE_AUTHOR_IS = /^(?:The|This article's) (?:author|writer)s? (?:is|are)\s/;

/** The lines without an author's note among the last two that are not blank (see WRITER_IS). */
function withoutAuthorNote(lines: string[]): string[] {
  let end = lines.length;
  for (let seen = 0, i = lines.length - 1; i >= 0 && seen < 2; i--) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    seen++;
    if (THE_AUTHOR_IS.test(t) || (WRITER_IS.test(t) && WRITER_CONTACT.test(t))) end = i;
    else break;
  }
  return end === lines.length ? lines : lines.slice(0, end);
}
