import { datelineHead } from '../../../../indexer/tag/countries/dateline.js';
import { tagCountries, type CountryTag, type TagCountriesInput } from '../../../../indexer/tag/countries/tag-countries.js';

function codes(input: TagCountriesInput | string): string[] {
  const i = typeof input === 'string' ? { text: input } : input;
  return tagCountries(i).map((t) => t.code).sort();
}

function surfaces(input: TagCountriesInput, code: string): string[] {
  const tag = tagCountries(input).find((t) => t.code === code);
  return (tag?.mentions ?? []).map((m) => (m.field === 'title' ? input.title ?? '' : m.field === 'dateline' ? input.dateline ?? '' : input.text).slice(m.start, m.end));
}

describe('names, official names and abbreviations', () => {
  test('common and official names', () => {
    expect(codes('Talks between Niger and the Republic of Mali resumed.')).toEqual(['ML', 'NE']);
    expect(codes('The Federal Republic of Nigeria and Burkina Faso signed.')).toEqual(['BF', 'NG']);
  });
  test('U.S., US, USA, UK, U.K., UAE, USSR', () => {
    expect(codes('The U.S. and the UK agreed.')).toEqual(['GB', 'US']);
    expect(codes('USA and U.K. officials met UAE envoys.')).toEqual(['AE', 'GB', 'US']);
    expect(codes('US troops left.')).toEqual(['US']);
    expect(codes('The USSR bought grain.')).toEqual(['RU']);
  });
  test('"us" and "Us" are not the United States', () => {
    expect(codes('Let us go. Tell us more.')).toEqual([]);
  });
  test('historical names map to successors', () => {
    expect(codes('West Germany and East Germany')).toEqual(['DE']);
    expect(codes('Soviet Union and Burma and Zaire')).toEqual(['CD', 'MM', 'RU']);
  });
  test('diacritics are folded', () => {
    expect(codes('Côte d’Ivoire and Türkiye')).toEqual(['CI', 'TR']);
    expect(codes('Cote d\'Ivoire')).toEqual(['CI']);
  });
});

describe('demonyms and adjectives', () => {
  test('Nigerien is Niger, Nigerian is Nigeria, Malian is Mali', () => {
    expect(codes('Nigerien soldiers')).toEqual(['NE']);
    expect(codes('Nigerian oil')).toEqual(['NG']);
    expect(codes('the Malian army')).toEqual(['ML']);
  });
  test('Russian, Soviet, Russians, West German, Dutch, British', () => {
    expect(codes('Russian President')).toEqual(['RU']);
    expect(codes('Soviet wheat purchases')).toEqual(['RU']);
    expect(codes('The Russians arrived')).toEqual(['RU']);
    expect(codes('West German bonds rose')).toEqual(['DE']);
    expect(codes('Dutch and British banks')).toEqual(['GB', 'NL']);
  });
  test('Somali is not Mali', () => {
    expect(codes('Somali pirates')).toEqual(['SO']);
  });
});

describe('capitals and cities', () => {
  test('capitals and major cities imply their country', () => {
    expect(codes('Protests in Niamey and Bamako')).toEqual(['ML', 'NE']);
    expect(codes('Officials in Moscow, Tokyo and Paris')).toEqual(['FR', 'JP', 'RU']);
    expect(codes('Bankers in London and Bonn')).toEqual(['DE', 'GB']);
    expect(codes('Beijing and Peking')).toEqual(['CN']);
  });
  test('Washington in a political context is the US government', () => {
    expect(codes('Washington imposed sanctions on Niger.')).toEqual(['NE', 'US']);
  });
  test('the Washington Post is an organisation, not a place', () => {
    expect(codes('He told the Washington Post that he would resign.')).toEqual([]);
  });
  test('Paris, Texas is in the US', () => {
    expect(codes('A festival in Paris, Texas drew crowds.')).toEqual(['US']);
  });
});

describe('look-alike words', () => {
  test('Chad as a first name vs the country', () => {
    expect(codes('Chad Smith scored twice.')).toEqual([]);
    expect(codes('Troops from Chad crossed the border.')).toEqual(['TD']);
    expect(codes('Chad President Mahamat Deby met envoys.')).toEqual(['TD']);
  });
  test('Jordan as a person vs the country', () => {
    expect(codes('Michael Jordan retired from basketball.')).toEqual([]);
    expect(codes('King Abdullah of Jordan visited.')).toEqual(['JO']);
    expect(codes('Yesterday Jordan closed its border.')).toEqual(['JO']);
    expect(codes('Neighbouring Chad sent troops.')).toEqual(['TD']);
  });
  test('turkey the bird', () => {
    expect(codes('We ate turkey on Thanksgiving.')).toEqual([]);
    expect(codes('A Thanksgiving Turkey costs more this year.')).toEqual([]);
    expect(codes('Turkey raised interest rates.')).toEqual(['TR']);
  });
  test('when a country\'s letters come before a dollar sign or stand in a ticker\'s brackets, then they name no place (tagging rules 39)', () => {
    expect(codes('The project cost US$2 million in Thailand.')).toEqual(['TH']);
    expect(codes('It raised HK$5 billion.')).toEqual([]);
    expect(codes({ text: 'Calumet said it set a dividend.', title: 'CALUMET <CALI> SETS DIVIDEND' })).toEqual([]);
    expect(codes('US troops left.')).toEqual(['US']);
  });
  test('when a city\'s or an institution\'s name has a legal form after it, then it is a company', () => {
    expect(codes({ text: 'Whitehall Corp said it set a payout.', title: 'WHITEHALL CORP SETS PAYOUT' })).toEqual([]);
    expect(codes('Whitehall said the pound would fall.')).toEqual(['GB']);
  });
  test('when a state\'s people are named after another country\'s ("New Mexican"), then it is the state\'s country (a black-box review)', () => {
    expect(codes('New Mexican music is what we play in Albuquerque.')).toEqual(['US']);
    expect(codes('Mexican music is what we play.')).toEqual(['MX']);
  });
  test('Jersey the island, New Jersey\'s parts, the breed and a company', () => {
    expect(codes('The tax haven of Jersey changed its law.')).toEqual(['JE']);
    expect(codes('Police on the Jersey Shore closed beaches.')).toEqual(['US']);
    expect(codes('Central Jersey Bancorp earned more.')).toEqual(['US']);
    expect(codes('Jersey dairy herds are small.')).toEqual([]);
    expect(codes('First Jersey Securities said.')).toEqual([]);
    expect(codes('Jersey Central Power and Light raised rates.')).toEqual(['US']);
  });
  test('when the recogniser names a person whose first name is a country\'s, then the name is no place wherever it stands', () => {
    const text = 'YouTube co-founder Chad Hurley spoke. Chad Hurley and Steve Chen founded it.';
    const second = text.lastIndexOf('Chad');
    expect(codes({ text, mentions: [{ type: 'PER', start: text.indexOf('Chad'), end: text.indexOf('Chad') + 11 }, { type: 'LOC', start: second, end: second + 4 }] })).toEqual([]);
  });
  test('a treaty named after the city it was signed in is not about its country', () => {
    expect(codes('Canada will meet its Kyoto Protocol targets under the Geneva Conventions.')).toEqual(['CA']);
    expect(codes('Leaders met in Kyoto, Japan.')).toEqual(['JP']);
  });

  test('Georgia the US state vs the country', () => {
    expect(codes('The plant is in Atlanta, Georgia.')).toEqual(['US']);
    expect(codes('The Georgia governor signed the bill.')).toEqual(['US']);
    expect(codes('Georgia and Armenia held talks in Tbilisi.')).toEqual(['AM', 'GE']);
    expect(codes('Soldiers at Fort Benning, Georgia trained.')).toEqual(['US']);
    expect(codes('Voters in Fulton County, Georgia queued.')).toEqual(['US']);
  });
  test('when a city\'s name is the surname of a person the text names, then alone it is that person, in the title too; after "in" a place', () => {
    const title = 'Gas found in Chile, says President Ricardo Lagos';
    const text = 'President Ricardo Lagos said gas was found. Lagos was interviewed. The find caused Lagos to act.';
    const person = (from: number, name: string) => ({ type: 'PER' as const, start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
    const mentions = [person(0, 'Ricardo Lagos'), person(30, 'Lagos'), person(60, 'Lagos')];
    expect(tagCountries({ title, text, mentions }).map((t) => t.code)).toEqual(['CL']);
    const inLagos = `${text} He later flew in from Lagos.`;
    expect(tagCountries({ title, text: inLagos, mentions }).map((t) => t.code).sort()).toEqual(['CL', 'NG']);
  });
  test('when a city names a kind of orange, then it is no place', () => {
    expect(codes('The Valencia orange crop fell; Valencia oranges cost more.')).toEqual([]);
    expect(codes('Talks were held in Valencia.')).toEqual(['ES']);
  });
  test('when "Georgia" is followed by "resident" or the story names another US state, then it is the state', () => {
    expect(codes('The last winner was a , Georgia resident who won $72 million.')).toEqual(['US']);
    expect(codes('A ticket was sold in Nebraska. Earlier a winner came from Georgia.')).toEqual(['US']);
    expect(codes('Georgia signed a deal with Washington on Monday.')).toEqual(['GE', 'US']);
  });
  test('fine china and guinea pigs', () => {
    expect(codes('She collects fine china.')).toEqual([]);
    expect(codes('The guinea pig escaped. Guinea pigs eat hay.')).toEqual([]);
    expect(codes('Elections in Guinea were delayed.')).toEqual(['GN']);
  });
  test('Niger Delta is Nigeria; Niger is not Nigeria', () => {
    expect(codes('Militants in the Niger Delta attacked pipelines.')).toEqual(['NG']);
    expect(codes('Nigeria handed over the Niger delta region.')).toEqual(['NG']);
    expect(codes('Niger and Nigeria share a border.')).toEqual(['NE', 'NG']);
  });
  test('New Mexico is a US state, not Mexico', () => {
    expect(codes('Drought hit New Mexico.')).toEqual(['US']);
    expect(codes('Drought hit Mexico.')).toEqual(['MX']);
  });
  test('when a story from before 1991 names Georgia without Caucasus cues, then it is the US state; after, the country', () => {
    const in1987 = new Date('1987-03-10T00:00:00Z');
    expect(tagCountries({ text: 'GM will close its plant in Lakewood (Georgia) next year.', published: in1987 }).map((t) => t.code)).toEqual(['US']);
    expect(tagCountries({ text: 'Georgia and the Soviet Union: Tbilisi protests grew.', published: in1987 }).map((t) => t.code).sort()).toEqual(['GE', 'RU']);
    expect(codes('Russian troops entered Georgia on Friday.')).toEqual(['GE', 'RU']);
  });
  test('when New Jersey\'s companies are named without "New", then they are the United States, not the island', () => {
    expect(codes('Jersey Central Power and Light raised rates; United Jersey Banks said profits rose.')).toEqual(['US']);
    expect(codes('Offshore funds in Jersey grew.')).toEqual(['JE']);
  });
  test('when a story names Gaza, the West Bank or Ramallah, then it is tagged Palestine', () => {
    expect(codes('Israeli troops entered Gaza on Monday.')).toEqual(['IL', 'PS']);
    expect(codes('Settlers in the West Bank protested; the Gaza Strip was calm.')).toEqual(['PS']);
    expect(codes('Mahmoud Abbas spoke in Ramallah.')).toEqual(['PS']);
  });
  test('Congo defaults to CD unless the Republic of the Congo or Brazzaville', () => {
    expect(codes('Fighting in eastern Congo')).toEqual(['CD']);
    expect(codes('the Republic of the Congo')).toEqual(['CG']);
    expect(codes('talks in Brazzaville')).toEqual(['CG']);
    expect(codes('the Democratic Republic of the Congo')).toEqual(['CD']);
  });
  test('Dominica vs Dominican Republic', () => {
    expect(codes('Dominica is an island.')).toEqual(['DM']);
    expect(codes('The Dominican Republic is another.')).toEqual(['DO']);
  });
  test('company names: Kenya Airways is Kenya, Bristol-Myers is not Bristol', () => {
    expect(codes('Kenya Airways cut fares.')).toEqual(['KE']);
    expect(codes('Shares of Bristol-Myers rose.')).toEqual([]);
    expect(codes('A plant near Bristol closed.')).toEqual(['GB']);
    expect(codes('Georgia Gulf Corp filed a registration.')).toEqual(['US']);
  });
  test('AP state abbreviations count only after "<Place>,"', () => {
    expect(codes('The mine near Winnemucca, Nev., reopened.')).toEqual(['US']);
    expect(codes('He was Ill. Then Mass. was said.')).toEqual([]);
  });
  test('regions are not countries', () => {
    expect(codes('The Sahel, West Africa, Europe and Africa; Latin America and South America.')).toEqual([]);
  });
  test('an NER PER span overrides, a LOC span keeps, except on a common first name before a surname', () => {
    expect(codes('Kenya Moore spoke.')).toEqual([]);
    const text = 'Jordan said it would help.';
    expect(codes({ text })).toEqual(['JO']);
    expect(codes({ text, mentions: [{ type: 'PER', start: 0, end: 6 }] })).toEqual([]);
    const text2 = 'India Hicks projects';
    expect(codes({ text: text2 })).toEqual([]);
    expect(codes({ text: text2, mentions: [{ type: 'LOC', start: 0, end: 5 }] })).toEqual(['IN']);
    // "Chad" and "Jordan" are first names too often for the recogniser's place to outweigh a surname after them
    // (tagging rules 39: "Chad Hurley" of YouTube); before a title or a second capitalised word, a place still.
    const text3 = 'Chad Ochocinco projects';
    expect(codes({ text: text3, mentions: [{ type: 'LOC', start: 0, end: 4 }] })).toEqual([]);
    expect(codes({ text: 'Chad President Deby spoke.', mentions: [{ type: 'LOC', start: 0, end: 4 }] })).toEqual(['TD']);
    // An NER that mislabels an unambiguous country as PER is not trusted.
    expect(codes({ text: 'Niger said no.', mentions: [{ type: 'PER', start: 0, end: 5 }] })).toEqual(['NE']);
    // ORG span strictly containing a city drops the city.
    expect(codes({ text: 'Moscow Narodny Bank lent funds.', mentions: [{ type: 'ORG', start: 0, end: 19 }] })).toEqual([]);
    expect(codes('Moscow Narodny Bank lent funds.')).toEqual(['RU']);
  });
});

describe('datelines', () => {
  test('dateline field', () => {
    expect(codes({ text: 'Share prices rose.', dateline: 'TOKYO, March 3 -' })).toEqual(['JP']);
    expect(codes({ text: 'Dividend raised.', dateline: 'ROCKFORD, Ill., March 3 -' })).toEqual(['US']);
    expect(codes({ text: 'Dividend raised.', dateline: 'RICHMOND, Va. Feb 26 -' })).toEqual(['US']);
    expect(codes({ text: 'Output fell.', dateline: 'SAO PAULO, Brazil, May 2 -' })).toEqual(['BR']);
  });
  test('dateline at the head of the text', () => {
    const text = 'NIAMEY, Aug 3 (AFP) - The junta closed the airspace.';
    const tags = tagCountries({ text });
    expect(tags.map((t) => t.code)).toEqual(['NE']);
    const m = tags[0]?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe('NIAMEY');
  });
  test('a dateline country outranks a passing mention', () => {
    const tags = tagCountries({ text: 'Brokers said. Later, they cited France.', dateline: 'TOKYO, March 3 -' });
    expect(tags.map((t) => t.code)).toEqual(['JP', 'FR']);
  });
});

describe('offsets and salience', () => {
  test('text.slice(start, end) is the surface form in every field', () => {
    const input = { title: 'Niger’s junta meets U.S. envoy', dateline: 'NIAMEY, Aug 3 -', text: 'The Nigerien junta met the American envoy in Niamey. Somali and Malian officials came.' };
    const tags: CountryTag[] = tagCountries(input);
    for (const t of tags) {
      for (const m of t.mentions) {
        const src = m.field === 'title' ? input.title : m.field === 'dateline' ? input.dateline : input.text;
        expect(src.slice(m.start, m.end).length).toBeGreaterThan(0);
      }
    }
    expect(surfaces(input, 'NE')).toEqual(expect.arrayContaining(['Niger', 'NIAMEY', 'Nigerien', 'Niamey']));
    expect(surfaces(input, 'US')).toEqual(expect.arrayContaining(['U.S.', 'American']));
    expect(surfaces(input, 'SO')).toEqual(['Somali']);
    expect(surfaces(input, 'ML')).toEqual(['Malian']);
    const ne = tags.find((t) => t.code === 'NE');
    const titleMention = ne?.mentions.find((m) => m.field === 'title');
    expect(titleMention).toEqual({ start: 0, end: 5, field: 'title', kind: 'name' });
  });

  test('a country in the title outranks one mentioned once in the last paragraph', () => {
    const text = ['The junta said on Monday it would hold talks.', 'Officials met for hours.', 'Nothing was agreed.', 'A diplomat from Ghana attended.'].join('\n\n');
    const tags = tagCountries({ title: 'Mali junta to hold talks', text });
    expect(tags.map((t) => t.code)).toEqual(['ML', 'GH']);
    const [ml, gh] = tags;
    expect(ml && gh && ml.salience > gh.salience).toBe(true);
  });

  test('more mentions and a lead mention raise salience', () => {
    const text = 'Niger said it would talk. Russia agreed. More later. Niger again. Niger once more. France was mentioned.';
    const tags = tagCountries({ text });
    expect(tags[0]?.code).toBe('NE');
    expect(tags.map((t) => t.code)).toEqual(['NE', 'RU', 'FR']);
    for (const t of tags) expect(t.salience).toBeGreaterThan(0);
    for (const t of tags) expect(t.salience).toBeLessThan(1);
  });

  test('names are English common names', () => {
    expect(tagCountries({ text: 'The U.S.' })[0]?.name).toBe('United States');
    expect(tagCountries({ text: 'Niger' })[0]?.name).toBe('Niger');
  });
});

describe('datelineHead', () => {
  test('when a body opens with a dateline in capitals or a place in ordinary case and a date, then that is its dateline', () => {
    expect(datelineHead('NIAMEY, Aug 3 (AFP) - The junta said')).toBe('NIAMEY, Aug 3 (AFP) - ');
    expect(datelineHead('Toronto, Feb 26 - Standard Trustco said')).toBe('Toronto, Feb 26 - ');
    expect(datelineHead('RICHMOND, Va. Feb 26 - Qtly div eights')).toBe('RICHMOND, Va. Feb 26 - ');
    expect(datelineHead('NEW YORK, MARCH 2 - Shares of Temple')).toBe('NEW YORK, MARCH 2 - ');
  });

  test('when a body opens with a sentence, a name and a dash, or a place without a date, then it has no dateline', () => {
    expect(datelineHead('The junta said on Aug 3 - after talks - that')).toBeNull();
    expect(datelineHead('Toronto - Standard Trustco said')).toBeNull();
    expect(datelineHead('Officials met in May. On May 3 - a Sunday - they left')).toBeNull();
  });
});

describe('countries named only by the way (tagging rules 71)', () => {
  test('when a currency by its people\'s name or a bond\'s listing is all a story says of a country, then the country is not tagged', () => {
    expect(codes('Italy\'s ENI issued a 50 mln Australian dlr eurobond. The bonds will be listed in Luxembourg.')).toEqual(['IT']);
    expect(codes('Standard Oil paid in Swiss francs.')).toEqual([]);
  });

  test('when the story names the country otherwise too, then the currency counts with it', () => {
    expect(codes('The Australian dollar fell after Australia\'s trade figures.')).toEqual(['AU']);
    expect(surfaces({ text: 'The Australian dollar fell after Australia\'s trade figures.' }, 'AU')).toEqual(['Australian', 'Australia']);
  });
});
