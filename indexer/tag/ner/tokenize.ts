/**
 * Raw-text tokenizer with exact character offsets. It reproduces the CoNLL-2003 (Penn-style)
 * token boundaries closely, because the model was trained on those: punctuation is split off,
 * possessive `'s` and `n't` are separate tokens, hyphenated words ("Yunus-Bek"), numbers
 * ("1,000.5", "1996-08-22"), initials and abbreviations ("U.S.", "Mr.") stay whole. Curly
 * quotes and apostrophes are handled like straight ones; `norm` gives the ASCII-quote form the
 * features use while `start`/`end` always index the original string.
 */

export interface Token {
  /** Surface form, `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/**
 * Words: letters/digits joined by internal hyphens, dots, ampersands, apostrophes or slashes;
 * commas only between digits. URLs and e-mail addresses are single tokens. Everything else is a
 * token of its own (with "..." and "--" kept together).
 */
const TOKEN_RE =
  /https?:\/\/[^\s"“”<>]+|www\.[^\s"“”<>]+|[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?:(?:[-.&'’/][\p{L}\p{N}]|(?<=\p{N}),\p{N})[\p{L}\p{M}\p{N}_]*)*|['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])|\.{2,}|-{2,}|\S/giu;

/** Abbreviations whose final period belongs to the token (as in the CoNLL data). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj rep sen gov pres rev st mt ft jr sr ' +
    'inc corp co ltd plc bros cie no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'approx dept est fig univ assn ave blvd rd'
  ).split(' '),
);

const CLITIC_RE = /^(.+?)(['’](?:s|re|ve|ll|d|m)|n['’]t)$/iu;
const INITIALS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_LETTER_RE = /^\p{Lu}$/u;

/** Splits `text` into tokens with offsets; never drops a non-space character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    const first = word.charCodeAt(0);
    const isWord = word.length > 1 || /[\p{L}\p{N}]/u.test(word);
    if (isWord && word.length >= 1 && !(first === 46 /* . */ || first === 45) /* - */) {
      // A trailing period belongs to initials ("U.S.", "J.") and known abbreviations ("Mr.").
      if (
        text.charCodeAt(end) === 46 &&
        text.charCodeAt(end + 1) !== 46 &&
        (INITIALS_RE.test(word) || SINGLE_LETTER_RE.test(word) || ABBREVIATIONS.has(word.toLowerCase()))
      ) {
        word += '.';
        end += 1;
        TOKEN_RE.lastIndex = end;
      }
      // Clitics are separate tokens: "Mali’s" -> "Mali" "’s", "don't" -> "do" "n't". (Only a word with an apostrophe
      // can hold one: most words skip the regex.)
      const c = word.indexOf("'") < 0 && word.indexOf('’') < 0 ? null : CLITIC_RE.exec(word);
      if (c && c[1] && c[2] && /[\p{L}\p{N}]$/u.test(c[1]) && !/['’]$/u.test(c[1])) {
        const cut = start + c[1].length;
        tokens.push({ text: c[1], start, end: cut });
        tokens.push({ text: c[2], start: cut, end });
        continue;
      }
    }
    tokens.push({ text: word, start, end });
  }
  return tokens;
}

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);
const CLOSERS: ReadonlySet<string> = new Set(['"', '”', "'", '’', ')', ']', '»']);

/**
 * Groups tokens into sentences: a line break always ends a sentence (news paragraphs, and the
 * one-sentence-per-line text the evaluation builds); otherwise `.`, `!` or `?` (plus any closing
 * quotes or brackets) ends one when the next token does not start in lower case.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (cur.length > 0) {
      const prev = cur[cur.length - 1]!;
      if (hasLineBreak(text, prev.end, tok.start)) {
        sentences.push(cur);
        cur = [];
      }
    }
    cur.push(tok);
    if (SENTENCE_END.has(tok.text)) {
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !hasLineBreak(text, tokens[j - 1]!.end, tokens[j]!.start)) {
        cur.push(tokens[j]!);
        j++;
      }
      const next = tokens[j];
      if (next === undefined || !/^\p{Ll}/u.test(next.text)) {
        sentences.push(cur);
        cur = [];
      }
      i = j - 1;
    }
  }
  if (cur.length > 0) sentences.push(cur);
  return sentences;
}

/** Whether text[from..to) holds a line break (without slicing: this runs between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
