import { recase } from '../../../indexer/tag/recase.js';
import { isShouted } from '../../../indexer/tag/shouted.js';
import { titleCompany } from '../../../indexer/tag/wire-title.js';

const company = (title: string): string | undefined => {
  const span = titleCompany(title);
  return span === undefined ? undefined : title.slice(span.start, span.end);
};

describe('titleCompany', () => {
  test('when a headline reads back from the ticker over a stake\'s figure or a verb, then the name stops there; "OF" does not open it (tagging rules 39)', () => {
    const company = (t: string) => { const c = titleCompany(t); return c && t.slice(c.start, c.end); };
    expect(company('INVESTMENT ADVISORS HAVE 10 PCT OF KILLEARN<KPI>')).toBe('KILLEARN');
    expect(company('NOVAMIN BOARD TO RECOMMEND BREAKWATER <BWRLF> BID')).toBe('BREAKWATER');
    expect(company('U.S. APPROVES BUYOUT OF COASTAL BANCORP <CSBK>')).toBe('COASTAL BANCORP');
    expect(company('KOHLBERG KRAVIS HAS 96 PCT OWENS-ILLINOIS <OI>')).toBe('OWENS-ILLINOIS');
    expect(company('BANK OF NEW YORK <BK> SETS DIVIDEND')).toBe('BANK OF NEW YORK');
    expect(company('3COM <COMS> NET')).toBe('3COM');
  });

  test('when a headline opens with a name and its ticker, then that name is the company', () => {
    expect(company('JIM WALTER CORP <JWC> REGULAR DIVIDEND')).toBe('JIM WALTER CORP');
    expect(company("CONT'L ILLINOIS<CIL> SAYS MORATORIUM MAY CUT NET")).toBe("CONT'L ILLINOIS");
  });

  test('when the name is in angle brackets (an unlisted company), then the name inside them is the company', () => {
    expect(company("<SCOTT'S HOSPITALITY INC> 3RD QTR JAN 31 NET")).toBe("SCOTT'S HOSPITALITY INC");
    expect(company('(CORRECTED) - <TRANSALTA UTILITIES CORP> YEAR NET')).toBe('TRANSALTA UTILITIES CORP');
  });

  test('when headline words stand before the ticker, then the company starts after them', () => {
    expect(company("MOODY'S MAY DOWNGRADE HOME SHOPPING <HSN> DEBT")).toBe('HOME SHOPPING');
    expect(company('QINTEX AGAIN EXTENDS PRINCEVILLE <PVDC> OFFER')).toBe('PRINCEVILLE');
  });

  test('when a headline names two tickers, then the first is its company, without a possessive', () => {
    expect(company('AMC <AMO> STUDYING CHRYSLER <C> PROPOSAL')).toBe('AMC');
    expect(company("GM'S <GM> PONTIAC HAS INTEREST RATE INCENTIVES")).toBe('GM');
  });

  test('when a headline has no ticker or brackets, then it names no company by its form', () => {
    expect(company('U.S. SENATE PANEL MAKES CONSERVATION EXEMPTION')).toBeUndefined();
    expect(company('')).toBeUndefined();
  });

  test('when the brackets hold one letter, or only a name, then the name needs two letters', () => {
    expect(company('<AAA>')).toBe('AAA');
    expect(company('<A>')).toBeUndefined();
  });

  test('when words are apart by two spaces or a tab, then the name still reaches back to the headline\'s own words', () => {
    expect(company('JIM  WALTER CORP <JWC> DIVIDEND')).toBe('JIM  WALTER CORP');
    expect(company('MOODY\'S MAY\tDOWNGRADE HOME SHOPPING <HSN> DEBT')).toBe('HOME SHOPPING');
  });

  test('when a firm\'s name is a possessive, or a phrase ends before it, then the name is read right', () => {
    expect(company("SHONEY'S INC <SHON> 1ST QTR NET")).toBe("SHONEY'S INC");
    expect(company('CORRECTION: ACME CORP <ACM> NET')).toBe('ACME CORP');
  });
});

describe('recase', () => {
  test('when a name is in capitals, then it gets the case a body would write it in', () => {
    expect(recase('JIM WALTER')).toBe('Jim Walter');
    expect(recase('WAL-MART STORES')).toBe('Wal-Mart Stores');
    expect(recase('WHEELING AND LAKE ERIE RAILWAY')).toBe('Wheeling and Lake Erie Railway');
    expect(recase("O'NEILL")).toBe("O'Neill");
    expect(recase("CONT'L ILLINOIS")).toBe("Cont'l Illinois");
  });

  test('when a word reads as initials, then it stays in capitals', () => {
    expect(recase('NL INDUSTRIES')).toBe('NL Industries');
    expect(recase('U.S. INTEC')).toBe('U.S. Intec');
    expect(recase('NEC')).toBe('NEC');
    expect(recase('BBC AG BROWN BOVERI')).toBe('BBC AG Brown Boveri');
  });
});

describe('isShouted', () => {
  test('when more than four letters in five are capitals, then the line is shouted', () => {
    expect(isShouted('U.S. SENATE PANEL MAKES CONSERVATION EXEMPTION')).toBe(true);
    expect(isShouted('U.S. Senate panel makes an exemption')).toBe(false);
    expect(isShouted('NATO and the EU')).toBe(false);
    expect(isShouted('1987 42.5')).toBe(false);
  });
});
