import { filingDay, isFraction, tagDates } from '../../../indexer/tag/dates.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';

const values = (text: string, ref?: string) => tagDates(text, ref ? new Date(ref) : undefined).map((d) => [d.value, d.precision, d.text]);

describe('tagDates', () => {
  test('when the publication date is known, then days, months and relative dates resolve against it', () => {
    const text = 'The coup on July 26th. A coup last month. Troops leave by mid-September. On 26th March they met. The March 2023 agreement.';
    expect(values(text, '2023-08-10')).toEqual([
      ['2023-07-26', 'day', 'July 26th'],
      ['2023-07', 'month', 'last month'],
      ['2023-09', 'month', 'mid-September'],
      ['2023-03-26', 'day', '26th March'],
      ['2023-03', 'month', 'March 2023'],
    ]);
  });

  test('when there is no reference date, then no year is invented', () => {
    expect(values('The coup on July 26th. A coup last month. On Tuesday. The March 2023 agreement.')).toEqual([
      ['--07-26', 'day', 'July 26th'],
      ['2023-03', 'month', 'March 2023'],
    ]);
  });

  test('when there is no reference date, then words alone ("today", "this year") are no date either (a black-box review: undated articles "mentioned" 2000)', () => {
    expect(values('Prices rose today, yesterday and this year; the WTO meets this month and tomorrow, on November 12, not in 2008.')).toEqual([
      ['--11-12', 'day', 'November 12'],
      ['2008', 'year', '2008'],
    ]);
    // With one, they resolve against it.
    expect(values('Prices rose today and this year.', '2009-03-04')).toEqual([
      ['2009-03-04', 'day', 'today'],
      ['2009', 'year', 'this year'],
    ]);
  });

  test('when a bare year follows a preposition, then it is a year; periods are not dates', () => {
    expect(values('In 1987, output rose. Over the past three years it fell.', '2024-01-01')).toEqual([['1987', 'year', '1987']]);
  });

  test('when tagging, then offsets point at the mention text', () => {
    const text = 'Talks resumed on 21st March in Niamey.';
    for (const d of tagDates(text, new Date('2024-04-01'))) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  test('when a market report quotes fractions, then they are not days of a month; a month/day that is no fraction still is', () => {
    const text = 'The stock traded around 12, down 1/8, after falling to 11-1/2 earlier. Bonds rose 29 3/8. Deliveries are due 2/26 and 4/8.';
    expect(values(text, '1987-03-02')).toEqual([
      ['1987-02-26', 'day', '2/26'],
      ['1987-04-08', 'day', '4/8'],
    ]);
  });

  test('when chrono reads a word of a dated sentence as a date by chance, then it is no date mention', () => {
    // "now" (the reference day), "Sun" (a newspaper), a protest "march" and a fraction, each beside a real date.
    const text = 'The Sun said on March 3 that the union now plans a march. Shares rose 1/2 to 35 on Friday.';
    expect(values(text, '1987-03-09')).toEqual([
      ['1987-03-03', 'day', 'March 3'],
      ['1987-03-06', 'day', 'Friday'],
    ]);
  });

  test('when a date is written in capitals or as an abbreviated weekday with its period, then it is a date', () => {
    expect(values('NEW YORK, MARCH 3 - The company said.', '1987-03-04')).toEqual([['1987-03-03', 'day', 'MARCH 3']]);
    expect(values('Talks resume on Fri. in Geneva.', '2024-06-05')).toHaveLength(1);
  });

  test('when a fraction joins a word or another fraction, then it is still no date', () => {
    expect(values('A 1/4-point cut. Bids were 1/8-1/4.', '1987-03-04')).toEqual([]);
  });

  test('when a rate or a price is quoted with its decimals and the figure it moved to (tagging rules 43), then no day is read; a date beside it still is', () => {
    const text = 'The dollar closed at 151.05/15 yen. The rate was 4.26/12 pct, from 4.10/4.15 on March 3. Deliveries are due 4/8.';
    expect(values(text, '1987-03-09')).toEqual([
      ['1987-03-03', 'day', 'March 3'],
      ['1987-04-08', 'day', '4/8'],
    ]);
  });

  test('when a weekday is named alone in a story about what happened, then it is the one on or before publication', () => {
    expect(values('The president resigned on Monday, officials said.', '2024-05-03')).toEqual([['2024-04-29', 'day', 'Monday']]);
    expect(values('Five men were arrested Friday in Cairo.', '2005-02-02')).toEqual([['2005-01-28', 'day', 'Friday']]);
    expect(values('This Tuesday, Jefferson told a commission he agreed.', '2005-06-16')).toEqual([['2005-06-14', 'day', 'This Tuesday']]);
  });

  test('when a weekday is about what is to come, or says its week, then it is that day', () => {
    expect(values('Talks will resume on Friday in Geneva.', '2005-02-02')).toEqual([['2005-02-04', 'day', 'Friday']]);
    expect(values('On Friday the ministers will meet in Accra.', '2005-02-02')).toEqual([['2005-02-04', 'day', 'Friday']]);
    // The future is the announcement's subject, not when it was made.
    expect(values('Sony Ericsson announced on Wednesday that it will produce cheap phones.', '2007-02-02')).toEqual([['2007-01-31', 'day', 'Wednesday']]);
    // "last Friday" in a Friday story is a week before.
    expect(values('Police arrested him last Friday.', '2024-05-03')).toEqual([['2024-04-26', 'day', 'last Friday']]);
    expect(values('Chad holds elections next Sunday. It held talks last Friday.', '2024-05-06')).toEqual([
      ['2024-05-12', 'day', 'next Sunday'],
      ['2024-05-03', 'day', 'last Friday'],
    ]);
  });

  test('when a clause of the future holds a verb of the past nearer the weekday, or the weekday opens a clause told in the past, then it is a day past (a review: ~4 % of the weekdays in past-tense stories went to the next week)', () => {
    // Wikinews, 2005-08-05 (a Friday): the agreement was reached the day before.
    expect(values('Detainees will be transferred to Afghan custody following an agreement reached Thursday between the two.', '2005-08-05')).toEqual([['2005-08-04', 'day', 'Thursday']]);
    expect(values('OPEC cut its estimate for demand next year in a report released Wednesday.', '2008-10-16')).toEqual([['2008-10-15', 'day', 'Wednesday']]);
    expect(values('On Wednesday, Microsoft announced that the next version of Windows Mobile will ship.', '2010-09-03')).toEqual([['2010-09-01', 'day', 'Wednesday']]);
    expect(values('On Thursday, lawyers met at Boise to plan how the lawsuits will be heard.', '2010-07-31')).toEqual([['2010-07-29', 'day', 'Thursday']]);
    expect(values('Two servicemen were wounded after coming under fire in the tribal area on Saturday.', '2006-07-16')).toEqual([['2006-07-15', 'day', 'Saturday']]);
    // Still to come: a passive of the future, a word of planning, an adjective, a deadline.
    expect(values('A bill will be presented on Tuesday to the National Assembly.', '2005-11-14')).toEqual([['2005-11-15', 'day', 'Tuesday']]);
    expect(values('The council is expected to discuss sanctions at a meeting scheduled for Thursday.', '1987-03-25')).toEqual([['1987-03-26', 'day', 'Thursday']]);
    expect(values('The bus will depart as scheduled Thursday.', '2005-04-06')).toEqual([['2005-04-07', 'day', 'Thursday']]);
    expect(values('Reagan will address the nation in a nationally televised speech Wednesday night.', '1987-03-02')).toEqual([['1987-03-04', 'day', 'Wednesday']]);
    expect(values('By this Friday, sources estimated, a further 233,600 tonnes will have been loaded.', '1987-03-05')).toEqual([['1987-03-06', 'day', 'this Friday']]);
  });

  test('when a weekday is on the calendar (a verb of the present, "scheduled for", "due to", "would"), then it is to come; what "would have been" or "was" tells stays past', () => {
    expect(values('The strike embarrassed the visit of the German president, which starts on Friday.', '1987-03-19')).toEqual([['1987-03-20', 'day', 'Friday']]);
    expect(values("This week's economic calendar begins on Tuesday with durable goods orders.", '1987-03-22')).toEqual([['1987-03-24', 'day', 'Tuesday']]);
    expect(values('Pope Benedict XVI has a visit to the country scheduled for Friday.', '2012-03-21')).toEqual([['2012-03-23', 'day', 'Friday']]);
    expect(values('The Games, due to open on Friday, drew protests.', '2008-08-07')).toEqual([['2008-08-08', 'day', 'Friday']]);
    expect(values('Reid said he would vote against the amendment on a test vote Wednesday.', '2006-06-05')).toEqual([['2006-06-07', 'day', 'Wednesday']]);
    expect(values("After taxes, Tuesday's jackpot would have been worth $180 million.", '2012-03-28')).toEqual([['2012-03-27', 'day', 'Tuesday']]);
    expect(values('On both Tuesday and Wednesday, two clearing banks had problems and funds would be late.', '1987-02-26')).toEqual([
      ['1987-02-24', 'day', 'Tuesday'],
      ['1987-02-25', 'day', 'Wednesday'],
    ]);
  });

  test('when a dateline gives the day of filing, then "today" and "tomorrow" count from it, not from the wire\'s GMT stamp (a black-box review: Sydney\'s "tomorrow" a day early)', () => {
    expect(filingDay('SYDNEY, March 16 - ', new Date('1987-03-15T23:35:00Z'))?.toISOString()).toBe('1987-03-16T12:00:00.000Z');
    expect(filingDay('NEW YORK, Dec 31 - ', new Date('1988-01-01T02:00:00Z'))?.toISOString()).toBe('1987-12-31T12:00:00.000Z');
    // A dateline far from the stamp, or without a day, says nothing of when.
    expect(filingDay('LONDON, March 9 - ', new Date('1987-03-15T10:00:00Z'))).toBeUndefined();
    expect(filingDay('TORONTO - ', new Date('1987-03-15T10:00:00Z'))).toBeUndefined();
    const { tagger } = defaultTagger();
    const dates = tagger({ title: 'AUSTRALIAN TRADE FIGURES DUE', body: 'SYDNEY, March 16 - Australia\'s trade figures are out tomorrow, officials said today.', published: new Date('1987-03-15T23:35:00Z') }).dates;
    expect(dates.map((d) => [d.value, d.text])).toEqual([
      ['1987-03-17', 'tomorrow'],
      ['1987-03-16', 'today'],
    ]);
  });

  test('when the night before publication is named, then it is a day', () => {
    expect(values('Rebels attacked the town late last night.', '2024-06-05')).toEqual([['2024-06-04', 'day', 'late last night']]);
  });
});

describe('isFraction', () => {
  const at = (text: string, token: string): boolean => isFraction(text, text.indexOf(token), text.indexOf(token) + token.length);

  test.each([
    ['down 1/8 on the day', '1/8', true],
    ['a rise of 13/16', '13/16', true],
    ['falling to 11-1/2 earlier', '11-1/2', true],
    ['up 29 3/8 in trading', '3/8', true],
    ['due on 2/26', '2/26', false],
    ['due on 4/8', '4/8', false],
    ['the 1/2/1987 meeting', '1/2/1987', false],
  ])('when %j holds %s, then it is a fraction: %s', (text, token, expected) => {
    expect(at(text, token)).toBe(expected);
  });
});


describe('tagDates: what only looks like a date', () => {
  const values = (text: string) => tagDates(text, new Date('2005-06-05')).map((d) => d.value);
  test('when a number follows a date as an amount or a count, then no year is made of it', () => {
    expect(values('Till November 24, 4000 rupees were paid.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^4000/)]));
    expect(values('In December, 39 military personnel died.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^2039/)]));
  });
  test('when a four-figure number after "of" or "by" is a count (tagging rules 39), then it is no year; "the summer of 1900" is', () => {
    expect(values('Conduit already had in excess of 1900 employees; by 2000 tonnes it grew; a total of 1800 came.')).toEqual([]);
    expect(values('In the summer of 1900 the city was founded; by 2010 it will double.')).toEqual(['1900', '2010']);
  });
  test('when month and day numbers are a name or a share (9/11, 7/7, 24/7, 2/3 of), then no date is read; a due date still is', () => {
    expect(values('Since 9/11 and 7/7 the city changed; shops open 24/7; 2/3 of voters agreed.')).toEqual([]);
    expect(values('The bill requires a 2/3 majority in the House.')).toEqual([]);
    expect(values('Deliveries are due 2/26.')).toEqual(['2005-02-26']);
  });
  test('when the date is written out, then it is still read', () => {
    expect(values('On March 3, 2004 he left, and on July 26th the coup came.')).toEqual(['2004-03-03', '2005-07-26']);
  });
});

describe('tagDates: the attacks of September 11, 2001', () => {
  const ref = new Date(Date.UTC(2006, 7, 12));
  test('when a story after 2001 names "the September 11 attacks" (or its hijackers, anniversary, commission), then the day is 2001-09-11', () => {
    expect(tagDates('Since the September 11 attacks, security rose.', ref).map((d) => d.value)).toEqual(['2001-09-11']);
    expect(tagDates('On the September 11 anniversary, crowds gathered.', ref).map((d) => d.value)).toEqual(['2001-09-11']);
    // And the world after or before them (a black-box review found a day of the story's year, after the story).
    expect(tagDates('In the post-September 11th age, security rose.', ref).map((d) => d.value)).toEqual(['2001-09-11']);
    // And the time after, since or following it, and what is of it (a black-box review: 2005-09-11 in a June 2005 story).
    for (const text of ['Six months after Sept. 11, he resigned.', 'Laws passed after September 11 were debated.', 'He met victims of September 11.', 'Following September 11, flights stopped.']) {
      expect(tagDates(text, ref).map((d) => d.value)).toEqual(['2001-09-11']);
    }
  });

  test('when "September 11" is a day of the story\'s own year, or the story is older than 2001, then it stays that', () => {
    expect(tagDates('The vote is on September 11.', ref).map((d) => d.value)).toEqual(['2006-09-11']);
    expect(tagDates('The vote is on the morning after September 12.', ref).map((d) => d.value)).toEqual(['2006-09-12']);
    expect(tagDates('Crowds are expected for the next September 11 anniversary.', ref).map((d) => d.value)).toEqual(['2006-09-11']);
    expect(tagDates('The September 11 attacks on the convoy', new Date(Date.UTC(1987, 2, 1))).map((d) => d.value)).toEqual(['1986-09-11']);
  });
});

describe('tagDates: weeks', () => {
  const ref = new Date(Date.UTC(1987, 1, 26));
  test('when a week is named as a period ("last week", "this weekend"), then it is no date: a day would claim a precision the text lacks', () => {
    expect(tagDates('Prices fell last week and may rise this weekend.', ref)).toEqual([]);
    // A weekday in it is still a day: the one of the week before (or after) the publication's.
    expect(tagDates('They met on Monday last week.', ref).map((d) => d.value)).toEqual(['1987-02-16']);
    expect(tagDates('They will meet on Friday next week.', ref).map((d) => d.value)).toEqual(['1987-03-06']);
  });
});

describe('tagDates: a month without its year', () => {
  const values = (text: string, published: string) => tagDates(text, new Date(`${published}T00:00:00Z`)).map((d) => `${d.text}=${d.value}`);

  test('when the clause tells of the past, then the month is the last one, not the coming one chrono picks', () => {
    expect(values('The shrine bombing which occurred in February killed many.', '2006-09-03')).toEqual(['February=2006-02']);
    expect(values('He has been detained in Japan since July.', '2005-03-23')).toEqual(['July=2004-07']);
    expect(values('The rebels signed a ceasefire agreement in April.', '2005-10-12')).toEqual(['April=2005-04']);
  });

  test('when a verb of the past stands right before the month, or a clause after it tells what happened then, then it is the last one, however near the coming one (a black-box review)', () => {
    expect(values('The AFA ended in May after the boycott.', '2005-12-06')).toEqual(['May=2005-05']);
    expect(values('The Shuffle was introduced in January.', '2005-09-07')).toEqual(['January=2005-01']);
    expect(values('There was one attack in February, where 68 people died.', '2007-12-28')).toEqual(['February=2007-02']);
    // Near the story's day, a past verb further back in the clause is not enough: the dividend is to come.
    expect(values('The company declared a dividend payable April 1.', '1987-02-26')).toEqual(['April 1=1987-04-01']);
    expect(values('There will be a vote in February, when the delegates will meet.', '2007-12-28')).toEqual(['February=2008-02']);
    // Not the story's own month, a present passive, or words after the clause ("… when demand slackens," he said).
    expect(values('Sales for the five weeks ended March 1 rose.', '1987-03-06')).toEqual(['March 1=1987-03-01']);
    expect(values('Swaps resume after the loan package is signed on March 20.', '1987-03-13')).toEqual(['March 20=1987-03-20']);
    expect(values('"But in April when demand slackens," Mizrahi said.', '1987-02-26')).toEqual(['April=1987-04']);
    expect(values('The wheat season started on July 1.', '1987-04-02')).toEqual(['July 1=1986-07-01']);
  });

  test('when the clause speaks of the future or says nothing of time, then the coming month stays', () => {
    expect(values('Elections will be held in April.', '2005-10-12')).toEqual(['April=2006-04']);
    expect(values('The 1987/88 season begins August 1.', '1987-03-05')).toEqual(['August 1=1987-08-01']);
  });

  test('when "last year" or "next year" follows the month, then that is its year', () => {
    expect(values('He visited in September last year.', '2005-07-13')).toEqual(['September=2004-09', 'last year=2004']);
    expect(values('Talks resume in March next year.', '2005-07-13')).toEqual(['March=2006-03']);
  });

  test('when a two-digit "year" lies far from the story\'s (a table\'s figures, a range), then there is no date rather than a wrong one', () => {
    expect(values('Maize Mar 48.0 Feb 32.9', '1987-02-26')).toEqual([]);
    expect(values('Shipment March 15-April 20 for wheat.', '1987-03-02')).toEqual([]);
    expect(values("Sales rose 5 pct in Dec '86.", '1987-03-02')).toEqual(['Dec=1986-12']);
  });
});

describe('tagDates: a month without its year in a clause that is no past', () => {
  const values = (text: string) => tagDates(text, new Date('2005-07-13T00:00:00Z')).map((d) => d.value);
  test('when the clause plans, expects, postpones or simply describes, then the coming month stays (a code review\'s sentences)', () => {
    expect(values('The company said it expected profits to rise in December.')).toEqual(['2005-12']);
    expect(values('The company planned to open the plant in December.')).toEqual(['2005-12']);
    expect(values('The government postponed the elections to November.')).toEqual(['2005-11']);
    expect(values('Officials said the summit had been delayed to December 5.')).toEqual(['2005-12-05']);
    expect(values('The Paris-based group holds its annual congress in December.')).toEqual(['2005-12']);
    expect(values('Two hundred delegates gather in Geneva in December.')).toEqual(['2005-12']);
    expect(values('The long-delayed elections would take place in November.')).toEqual(['2005-11']);
  });
});

describe('dates a black-box review found misread (tagging rules 30)', () => {
  const reference = new Date('1987-04-07T00:00:00Z');
  const values = (text: string) => tagDates(text, reference).map((d) => d.value);

  test('when "be" follows a year, then it is the verb, not the Buddhist era', () => {
    expect(values('It urges all tablets purchased since January 1987 be discontinued.')).toEqual(['1987-01']);
  });

  test('when two days follow a month with a slash, then they are a range of days, not a year', () => {
    expect(values('The ship will load March 19/20.')).toEqual(['1987-03-19']);
  });

  test('when four figures are a time of day or a count of hours, then they are no year', () => {
    expect(values('Trading will run from 1800 to 2100 local time.')).toEqual([]);
    expect(values('He was born in 1800.')).toEqual(['1800']);
  });
});

describe('tagDates: ranges and lists of years (tagging rules 65, a black-box review)', () => {
  test('when a range ends in another month or year, then both ends are mentioned; a range of days in one month stays one', () => {
    expect(values('The program runs from May 1987 through November 1988, officials said.', '1987-04-07')).toEqual([
      ['1987-05', 'month', 'May 1987'],
      ['1988-11', 'month', 'November 1988'],
    ]);
    expect(values('Loading on March 19-20 was delayed.', '1987-03-10')).toEqual([['1987-03-19', 'day', 'March 19-20']]);
  });

  test('when years follow a year in a list or a range, then each is mentioned; a count after "and" is none', () => {
    expect(values('He won elections in 2001 and 2005, then retired.', '2008-01-01').map((v) => v[0])).toEqual(['2001', '2005']);
    expect(values('He won in 1998, 2002 and 2006.', '2008-01-01').map((v) => v[0])).toEqual(['1998', '2002', '2006']);
    expect(values('Sales rose from 1985 to 1987.', '1987-04-07').map((v) => v[0])).toEqual(['1985', '1987']);
    expect(values('Output was 900 in 1987 and 2000 tonnes of sugar came.', '1987-04-07').map((v) => v[0])).toEqual(['1987']);
  });
});

describe('tagDates: tagging rules 71 (a tagging audit of the bench files)', () => {
  test('when "Today" or "Tonight" follows a capitalised word, then it is a name ("USA Today", "The Tonight Show"), not the day', () => {
    expect(values('USA Today said the deal was off. Russia Today reported it. The Tonight Show aired.', '1987-03-30')).toEqual([]);
    expect(values('Today the minister said no. Prices rose today.', '1987-03-30').map((v) => v[0])).toEqual(['1987-03-30', '1987-03-30']);
  });

  test('when a weekday follows "until", "by" or "before" in a clause of no past verb, then it is the coming one; after a past verb, the last one', () => {
    // Tuesday 31 March 1987.
    expect(values('He remains in custody until Thursday, the court said.', '1987-03-31').map((v) => v[0])).toEqual(['1987-04-02']);
    expect(values('It must be paid by Friday, the bank said.', '1987-03-31').map((v) => v[0])).toEqual(['1987-04-03']);
    expect(values('He stayed in custody until Thursday, when he was freed.', '1987-03-31').map((v) => v[0])).toEqual(['1987-03-26']);
  });
});
