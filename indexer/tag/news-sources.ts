/**
 * News organisations (agencies, broadcasters, newspapers) named as where a story's words come from: "a spokesman told
 * Reuters", "according to the Associated Press", "Xinhua news agency reported", "(AFP)", "the New York Times
 * reported". They report the news rather than make it, and as actors they topped the facet: "Reuters" was the first
 * actor of the bench files (747 articles, nearly all "told Reuters", "polled by Reuters", "in an interview with
 * Reuters"; 121 after this rule, docs/TAGGING.md). Named as anything else ("Reuters Holdings agreed to buy…", "CNN
 * sued…") they stay actors, mention by mention.
 */
const NEWS_ORGANISATION = new RegExp(
  '^(?:' +
    [
      'Reuters?', 'Associated Press', 'AP', 'Agence France-Presse', 'Agence France Presse', 'AFP', 'United Press International', 'UPI',
      'Xinhua(?: News Agency)?', 'BBC(?: News)?', 'CNN', 'Bloomberg(?: News)?', 'Kyodo(?: News)?', 'Dow Jones(?: News Service)?', 'Itar-Tass', 'TASS', 'Tass',
      'Interfax', 'RIA Novosti', 'Al Jazeera', 'Al-Jazeera', 'ANSA', 'EFE', 'Yonhap', 'Wikinews', 'Press Association', 'Canadian Press',
      'Australian Associated Press', 'AAP', 'ABC(?: News)?', 'CBS(?: News)?', 'NBC(?: News)?', 'Fox News', 'NPR', 'Sky News', 'CNBC',
      // Newspapers, with or without their article.
      '(?:The )?(?:New York Times|Washington Post|Wall Street Journal|Financial Times|Guardian|Times|Independent|Daily Telegraph|Los Angeles Times|Sydney Morning Herald|Age|Jerusalem Post|Times of India)',
      'Le Monde', 'Le Figaro', 'Der Spiegel', 'Spiegel', 'Handelsblatt', 'Pravda', 'Izvestia', "People's Daily", 'China Daily', 'Haaretz',
      '(?:Asahi|Yomiuri|Mainichi|Nihon Keizai)(?: Shimbun)?', 'Al-Ahram', '(?:The )?Post', 'NYT', 'WSJ', 'SMH',
    ].join('|') +
    ')$',
);

/** Words before the name that make it the source: "told", "according to", "polled by", "an interview with". */
const SOURCE_BEFORE = new RegExp(
  '(?:\\b(?:' +
    [
      'told', 'tell', 'tells', 'telling', 'reported', 'according to', 'said to', 'a statement to', 'statements to', 'provided to', 'a comment to',
      'comments to', 'reports', 'reported in', '(?:reports?|an article|articles|a story|stories) by',
      '(?:quoted|cited|reported|polled|surveyed|queried|contacted|interviewed|obtained|seen|reviewed|received|monitored) by',
      '(?:correspondents?|reporters?|journalists?|editors?|reporting) (?:for|of|with)', '(?:quoted|speaking|interviewed|appearing) on',
      '(?:spoke|speaking|talked|talking) (?:to|with)', 'interviews? with', 'a conversation with',
      '(?:an? )?(?:enquiry|enquiries|inquiry|inquiries|query|queries|questions) from',
    ].join('|') +
    ')\\s+|\\(\\s*)' +
    // Wiki markup italicises a paper's name: "told ''Reuters''".
    "(?:the\\s+)?(?:''|\")?$",
  'i',
);

/** Words after the name that make it the source: "reported", "news agency said", "'s correspondent", "survey". */
const SOURCE_AFTER = new RegExp(
  "^\\s*(?:''|\")?(?:'s?|’s?)?\\s*(?:\\)|(?:news agency|television|radio|news|wire|also)?\\s*(?:" +
    [
      // Not a company reporting its results: "the Washington Post reported a quarterly loss".
      'reported(?!\\s+(?:(?:a|an|its|their)\\s+)?(?:net|record|higher|lower|first|second|third|fourth|quarterly|annual|profits?|loss(?:es)?|earnings|sales|revenues?|\\d))',
      'reports(?!\\s+(?:(?:a|an|its|their)\\s+)?(?:net|record|higher|lower|first|second|third|fourth|quarterly|annual|profits?|loss(?:es)?|earnings|sales|revenues?|\\d))',
      'reporting', 'quoted', 'quotes', 'quoting', 'cited', 'citing', 'claims', 'claimed', 'learned', 'has learned',
      'was told', 'said it learned', 'put the (?:figure|number|toll)', 'pointed out', 'correspondents?', 'reporters?', 'journalists?',
      'camera ?m[ae]n', 'photographers?', 'witness(?:es)?', 'surveys?', 'polls?', 'calculations', 'tally', 'count', 'interviews?', 'report\\b',
      'dispatch', 'quer(?:y|ies)', 'enquir(?:y|ies)',
    ].join('|') +
    ')\\b)',
  'i',
);

/**
 * An index, not the company that publishes it: "the Dow Jones industrial average", "the Dow Jones average rose".
 */
const MARKET_INDEX_AFTER = /^\s*(?:industrials?|average|index|transportation|utilities|utility)\b/i;

/**
 * Whether the mention `name` at `start..end` of `text` names a news organisation as the source of what the story
 * says, or the Dow Jones as its stock index: no actor there.
 *
 * `isNewsSourceMention('a spokesman told Reuters the plant', 18, 25, 'Reuters')` → true;
 * `isNewsSourceMention('Reuters Holdings said', 0, 7, 'Reuters')` → false
 */
export function isNewsSourceMention(text: string, start: number, end: number, name: string): boolean {
  // The wire's sign-off, the last word of a Reuters story ("Reuter", "REUTER" in a story of capitals).
  if (/^reuters?$/i.test(name) && text.slice(end).trim() === '') return true;
  if (!NEWS_ORGANISATION.test(name)) return false;
  const after = text.slice(end, end + 40);
  if (/^Dow Jones$/.test(name) && MARKET_INDEX_AFTER.test(after)) return true;
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SOURCE_AFTER.test(after);
}
