/**
 * Hand-written names that world-countries lacks or gets wrong for English news.
 *
 * Why: world-countries has one common name, one official name, native spellings and one
 * demonym per country. News also uses short forms (U.S., UK), plural and adjectival forms
 * (Russians, Soviet, Dutch), historical names (Burma, Zaire, West Germany) and metonyms
 * (the Kremlin, Wall Street). These entries are added on top, and win over world-countries
 * on a clash (e.g. "Congo" → CD here, CG in world-countries).
 *
 * Historical entities map to their ISO successor, consistently with reuters-places.ts:
 * Soviet Union/USSR/Soviet → RU, West/East Germany → DE, Czechoslovakia → CZ,
 * Yugoslavia → RS, Zaire → CD, Burma → MM, Kampuchea → KH, Rhodesia → ZW, Ceylon → LK,
 * Upper Volta → BF, Swaziland → SZ, North/South Yemen → YE.
 *
 * A `null` code is a blocker: the phrase is consumed by longest-match and tags nothing,
 * e.g. "Latin America" (so "America" inside it is not US), "guinea pig", "Paris Club".
 *
 * Example: the entry ['U.S.', 'US', 'abbrev'] makes "the U.S. embassy" tag US at "U.S.".
 */

import type { EntryKind } from './gazetteer-types.js';

/** [surface, ISO alpha-2 or null (blocker), kind]. Case rule comes from the kind (see gazetteer.ts). */
export type AliasSpec = readonly [surface: string, code: string | null, kind: EntryKind];

export const ALIASES: readonly AliasSpec[] = [
  // ── United States ──
  ['U.S.', 'US', 'abbrev'], ['U.S.A.', 'US', 'abbrev'], ['US', 'US', 'abbrev'], ['USA', 'US', 'abbrev'],
  ['United States', 'US', 'name'], ['America', 'US', 'name'], ['Americans', 'US', 'demonym'],
  ['Washington D.C.', 'US', 'capital'], ['Washington, D.C.', 'US', 'capital'], ['Washington DC', 'US', 'capital'],
  ['White House', 'US', 'institution'], ['Pentagon', 'US', 'institution'], ['Wall Street', 'US', 'institution'],
  ['Capitol Hill', 'US', 'institution'], ['Federal Reserve', 'US', 'institution'], ['Fed', 'US', 'institution'],
  ['Georgia-Pacific', 'US', 'institution'], ['Georgia Pacific', 'US', 'institution'], ['Georgia Power', 'US', 'institution'],
  ['Georgia Tech', 'US', 'institution'], ['Jersey City', 'US', 'city'],
  // A people of a state whose name holds another country's: "New Mexican music" is no Mexico's (a black-box review).
  ['New Mexican', 'US', 'demonym'], ['New Mexicans', 'US', 'demonym'],
  // New Jersey's companies, which 1987's wire names without "New" (a black-box review found them under the island).
  ['Jersey Central Power', 'US', 'institution'], ['Jersey Central Power and Light', 'US', 'institution'], ['United Jersey Banks', 'US', 'institution'], ['United Jersey', 'US', 'institution'],
  // ── United Kingdom ──
  ['U.K.', 'GB', 'abbrev'], ['UK', 'GB', 'abbrev'], ['Britain', 'GB', 'name'], ['Great Britain', 'GB', 'name'],
  ['England', 'GB', 'name'], ['Scotland', 'GB', 'name'], ['Wales', 'GB', 'name'], ['Northern Ireland', 'GB', 'name'],
  ['Briton', 'GB', 'demonym'], ['Britons', 'GB', 'demonym'], ['Scottish', 'GB', 'demonym'],
  ['Downing Street', 'GB', 'institution'], ['Whitehall', 'GB', 'institution'], ['Bank of England', 'GB', 'institution'],
  // ── Russia / Soviet Union ──
  ['USSR', 'RU', 'abbrev'], ['U.S.S.R.', 'RU', 'abbrev'], ['Soviet Union', 'RU', 'name'], ['Soviet', 'RU', 'demonym'],
  ['Soviets', 'RU', 'demonym'], ['Russian Federation', 'RU', 'name'], ['Kremlin', 'RU', 'institution'],
  ['Leningrad', 'RU', 'city'],
  // ── Germany ──
  ['West Germany', 'DE', 'name'], ['East Germany', 'DE', 'name'], ['West German', 'DE', 'demonym'],
  ['East German', 'DE', 'demonym'], ['West Germans', 'DE', 'demonym'], ['East Germans', 'DE', 'demonym'],
  ['German Democratic Republic', 'DE', 'name'], ['GDR', 'DE', 'abbrev'], ['Bundesbank', 'DE', 'institution'],
  ['East Berlin', 'DE', 'city'], ['West Berlin', 'DE', 'city'],
  // ── other short forms, historical names and demonyms ──
  ['UAE', 'AE', 'abbrev'], ['U.A.E.', 'AE', 'abbrev'],
  ['PRC', 'CN', 'abbrev'], ['Red China', 'CN', 'name'], ['mainland China', 'CN', 'name'],
  ['Republic of China', 'TW', 'name'], ['Nationalist China', 'TW', 'name'], ['Formosa', 'TW', 'name'],
  ['Korea', 'KR', 'name'], ['Korean', 'KR', 'demonym'], ['Koreans', 'KR', 'demonym'], ['South Koreans', 'KR', 'demonym'],
  ['North Koreans', 'KP', 'demonym'], ['DPRK', 'KP', 'abbrev'],
  ['Congo', 'CD', 'name'], ['Congolese', 'CD', 'demonym'], ['Democratic Republic of Congo', 'CD', 'name'],
  ['Congo-Kinshasa', 'CD', 'name'], ['DRC', 'CD', 'abbrev'], ['Zaire', 'CD', 'name'], ['Zairean', 'CD', 'demonym'],
  ['Zairian', 'CD', 'demonym'],
  ['Republic of the Congo', 'CG', 'name'], ['Republic of Congo', 'CG', 'name'], ['Congo-Brazzaville', 'CG', 'name'],
  ['Congo Brazzaville', 'CG', 'name'], ['Congo Republic', 'CG', 'name'],
  ['Dominican', 'DO', 'demonym'], ['Dominicans', 'DO', 'demonym'],
  ['Saudi', 'SA', 'demonym'], ['Saudis', 'SA', 'demonym'],
  ['Holland', 'NL', 'name'], ['Dutch', 'NL', 'demonym'],
  // The Palestinian territories by their parts (a review found Gaza stories without Palestine): world-countries knows
  // only "Palestine" and "Palestinian".
  ['Gaza', 'PS', 'name'], ['Gaza Strip', 'PS', 'name'], ['West Bank', 'PS', 'name'], ['Gazans', 'PS', 'demonym'], ['Ramallah', 'PS', 'capital'],
  ['Burma', 'MM', 'name'], ['Rangoon', 'MM', 'capital'],
  ['Kampuchea', 'KH', 'name'], ['Kampuchean', 'KH', 'demonym'], ['Ceylon', 'LK', 'name'], ['Rhodesia', 'ZW', 'name'],
  ['Ivory Coast', 'CI', 'name'], ['Cote d\'Ivoire', 'CI', 'name'], ['Upper Volta', 'BF', 'name'], ['Burkinabe', 'BF', 'demonym'],
  ['Swaziland', 'SZ', 'name'], ['Czechoslovakia', 'CZ', 'name'], ['Czechoslovak', 'CZ', 'demonym'],
  ['Czech Republic', 'CZ', 'name'], ['Czechs', 'CZ', 'demonym'],
  ['Yugoslavia', 'RS', 'name'], ['Yugoslav', 'RS', 'demonym'], ['Yugoslavs', 'RS', 'demonym'],
  ['North Yemen', 'YE', 'name'], ['South Yemen', 'YE', 'name'], ['Yemen Arab Republic', 'YE', 'name'],
  ['Viet Nam', 'VN', 'name'], ['Saigon', 'VN', 'city'], ['Ho Chi Minh City', 'VN', 'city'],
  ['Filipinos', 'PH', 'demonym'], ['Philippine', 'PH', 'demonym'],
  ['Argentinian', 'AR', 'demonym'], ['Argentines', 'AR', 'demonym'],
  ['Turks', 'TR', 'demonym'], ['Turkey', 'TR', 'name'],
  ['Swede', 'SE', 'demonym'], ['Swedes', 'SE', 'demonym'], ['Dane', 'DK', 'demonym'], ['Danes', 'DK', 'demonym'],
  ['Finns', 'FI', 'demonym'], ['Poles', 'PL', 'demonym'], ['Spaniard', 'ES', 'demonym'], ['Spaniards', 'ES', 'demonym'],
  ['Greeks', 'GR', 'demonym'], ['Frenchman', 'FR', 'demonym'], ['Frenchmen', 'FR', 'demonym'],
  ['Elysee', 'FR', 'institution'], ['Knesset', 'IL', 'institution'],
  ['Persia', 'IR', 'name'], ['Macao', 'MO', 'name'], ['Macau', 'MO', 'name'],
  ['Irish Republic', 'IE', 'name'], ['Eire', 'IE', 'name'],
  ['New Guinea', 'PG', 'name'], ['East Timor', 'TL', 'name'],
  ['Nigerian', 'NG', 'demonym'], ['Nigerien', 'NE', 'demonym'],
  // "delta" in any case: "the Niger delta region" is Nigeria's too.
  ['Niger delta', 'NG', 'name'],
  ['Guinean', 'GN', 'demonym'],
  ['Kyrgyz', 'KG', 'demonym'], ['Kazakh', 'KZ', 'demonym'], ['Uzbek', 'UZ', 'demonym'], ['Tajik', 'TJ', 'demonym'],
  ['Belarusian', 'BY', 'demonym'], ['Byelorussia', 'BY', 'name'], ['Moldavia', 'MD', 'name'], ['Macedonia', 'MK', 'name'],
  ['Bosnia', 'BA', 'name'], ['Herzegovina', 'BA', 'name'], ['Slovene', 'SI', 'demonym'], ['Slovenian', 'SI', 'demonym'],
  ['Cape Verdean', 'CV', 'demonym'], ['Sri Lankan', 'LK', 'demonym'], ['Lao', 'LA', 'demonym'],
  ['Emirates', 'AE', 'name'],
  // ── blockers: regions, compounds and idioms that contain a country word but name no country ──
  ['Latin America', null, 'block'], ['Latin American', null, 'block'], ['South America', null, 'block'],
  ['South American', null, 'block'], ['North America', null, 'block'], ['North American', null, 'block'],
  ['Central America', null, 'block'], ['Central American', null, 'block'], ['Central Africa', null, 'block'],
  ['Central African', null, 'block'], ['Americas', null, 'block'],
  ['American Indian', null, 'block'], ['Indian Ocean', null, 'block'], ['West Indies', null, 'block'],
  ['West Indian', null, 'block'], ['Persian Gulf', null, 'block'], ['Gulf of Guinea', null, 'block'],
  // Mostly the oil fields and hurricanes of the United States' coast (25 bench articles, Deepwater Horizon and
  // Katrina among them, were filed under Mexico for it alone: a black-box review).
  ['Gulf of Mexico', null, 'block'], ['gulf of Mexico', null, 'block'],
  ['guinea pig', null, 'block'], ['guinea pigs', null, 'block'], ['guinea fowl', null, 'block'],
  ['Paris Club', null, 'block'], ['Washington Post', null, 'block'], ['Washington Times', null, 'block'],
  ['New Britain', null, 'block'], ['Niger River', null, 'block'], ['River Niger', null, 'block'],
  ['Lake Chad', null, 'block'], ['Jordan River', null, 'block'], ['Jordan Valley', null, 'block'],
  ['Dutch auction', null, 'block'], ['French fries', null, 'block'], ['Russian roulette', null, 'block'],
  ['Brussels sprouts', null, 'block'], ['fine china', null, 'block'], ['Turkey Point', null, 'block'],
  ['Chinese Wall', null, 'block'], ['Mexican standoff', null, 'block'], ['Swiss cheese', null, 'block'],
  ['North Pole', null, 'block'], ['South Pole', null, 'block'], ['Channel Islander', null, 'block'],
  ['Virgin Islander', null, 'block'], ['Arab League', null, 'block'], ['European Union', null, 'block'],
  // Well-known organisations and events named after a place they are not about.
  ['Uruguay Round', null, 'block'], ['Manufacturers Hanover', null, 'block'], ['Credit Suisse', null, 'block'],
  ['Bristol-Myers', null, 'block'], ['Bristol Myers', null, 'block'], ['Allied-Lyons', null, 'block'],
  ['Rio Tinto', null, 'block'], ['Rio Grande', null, 'block'], ['Hong Kong Bank', null, 'block'],
  // Treaties named after the city where they were signed: a story about the Kyoto Protocol is about the climate, not
  // Japan (8 of the 10 Wikinews articles on it were filed under Japan).
  ['Kyoto Protocol', null, 'block'], ['Kyoto protocol', null, 'block'], ['Kyoto Treaty', null, 'block'],
  ['Kyoto treaty', null, 'block'], ['Kyoto agreement', null, 'block'], ['Kyoto Accord', null, 'block'],
  ['Kyoto accord', null, 'block'], ['Kyoto targets', null, 'block'], ['Geneva Convention', null, 'block'],
  ['Geneva Conventions', null, 'block'], ['Montreal Protocol', null, 'block'], ['Oslo Accords', null, 'block'],
  ['Oslo Accord', null, 'block'], ['Helsinki Accords', null, 'block'], ['Warsaw Pact', null, 'block'],
];

/**
 * AP-style US state abbreviations, accepted in running text only right after "<Place>,"
 * ("Winnemucca, Nev.", "Natchez, Miss.") — see ambiguity.ts. Alone they are ordinary words.
 */
export const US_STATE_AP_ABBREVS: readonly string[] = ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.',
  'Dela.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Kans.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.',
  'Mo.', 'Mont.', 'Neb.', 'Nebr.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
  'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.'];
