/**
 * Reuters-21578 PLACES codes → ISO 3166-1 alpha-2, for evaluation only (the tagger never
 * reads gold data).
 *
 * Why a table and not world-countries lookups: Reuters codes are 1987 lower-case slugs with
 * historical states and its own abbreviations (usa, uk, ussr, west-germany, kampuchea).
 * Mapping choices, consistent with the tagger (aliases.ts):
 *  - historical states map to the ISO code of their successor: ussr → RU, west-germany and
 *    east-germany → DE, czechoslovakia → CZ, yugoslavia → RS, zaire → CD, burma → MM,
 *    kampuchea → KH, yemen-arab-republic and yemen-demo-republic → YE, swaziland → SZ;
 *  - "congo" in 1987 was the Republic of the Congo (Zaire was the DRC) → CG;
 *  - dependent territories keep their own ISO codes: hong-kong → HK, macao → MO,
 *    netherlands-antilles → CW (its largest successor, Curaçao), us-virgin-islands → VI, ...
 *
 * Codes that are not countries map to null and are dropped from the gold set before
 * scoring (an article whose gold has only such codes counts as an article with no country).
 * Every code of the 1987 list happens to be a country or territory, so NOT_COUNTRIES is
 * empty, but `mapReutersPlace` returns null for any unknown code rather than guessing.
 *
 * Example: mapReutersPlaces(['usa', 'west-germany', 'ussr']) → ['US', 'DE', 'RU'].
 */

export const REUTERS_PLACES: Readonly<Record<string, string | null>> = {
  'afghanistan': 'AF', 'albania': 'AL', 'algeria': 'DZ', 'american-samoa': 'AS', 'andorra': 'AD', 'angola': 'AO',
  'anguilla': 'AI', 'antigua': 'AG', 'argentina': 'AR', 'aruba': 'AW', 'australia': 'AU', 'austria': 'AT',
  'bahamas': 'BS', 'bahrain': 'BH', 'bangladesh': 'BD', 'barbados': 'BB', 'belgium': 'BE', 'belize': 'BZ',
  'benin': 'BJ', 'bermuda': 'BM', 'bhutan': 'BT', 'bolivia': 'BO', 'botswana': 'BW', 'brazil': 'BR',
  'british-virgin-islands': 'VG', 'brunei': 'BN', 'bulgaria': 'BG', 'burkina-faso': 'BF', 'burma': 'MM',
  'burundi': 'BI', 'cameroon': 'CM', 'canada': 'CA', 'cape-verde': 'CV', 'cayman-islands': 'KY',
  'central-african-republic': 'CF', 'chad': 'TD', 'chile': 'CL', 'china': 'CN', 'colombia': 'CO', 'congo': 'CG',
  'costa-rica': 'CR', 'cuba': 'CU', 'cyprus': 'CY', 'czechoslovakia': 'CZ', 'denmark': 'DK', 'djibouti': 'DJ',
  'dominica': 'DM', 'dominican-republic': 'DO', 'east-germany': 'DE', 'ecuador': 'EC', 'egypt': 'EG',
  'el-salvador': 'SV', 'equatorial-guinea': 'GQ', 'ethiopia': 'ET', 'fiji': 'FJ', 'finland': 'FI', 'france': 'FR',
  'french-guiana': 'GF', 'gabon': 'GA', 'gambia': 'GM', 'ghana': 'GH', 'gibraltar': 'GI', 'greece': 'GR',
  'grenada': 'GD', 'guadeloupe': 'GP', 'guam': 'GU', 'guatemala': 'GT', 'guinea': 'GN', 'guinea-bissau': 'GW',
  'guyana': 'GY', 'haiti': 'HT', 'honduras': 'HN', 'hong-kong': 'HK', 'hungary': 'HU', 'iceland': 'IS',
  'india': 'IN', 'indonesia': 'ID', 'iran': 'IR', 'iraq': 'IQ', 'ireland': 'IE', 'israel': 'IL', 'italy': 'IT',
  'ivory-coast': 'CI', 'jamaica': 'JM', 'japan': 'JP', 'jordan': 'JO', 'kampuchea': 'KH', 'kenya': 'KE',
  'kuwait': 'KW', 'laos': 'LA', 'lebanon': 'LB', 'lesotho': 'LS', 'liberia': 'LR', 'libya': 'LY',
  'liechtenstein': 'LI', 'luxembourg': 'LU', 'macao': 'MO', 'madagascar': 'MG', 'malawi': 'MW', 'malaysia': 'MY',
  'mali': 'ML', 'malta': 'MT', 'martinique': 'MQ', 'mauritania': 'MR', 'mauritius': 'MU', 'mexico': 'MX',
  'monaco': 'MC', 'morocco': 'MA', 'mozambique': 'MZ', 'namibia': 'NA', 'nepal': 'NP', 'netherlands': 'NL',
  'netherlands-antilles': 'CW', 'new-caledonia': 'NC', 'new-zealand': 'NZ', 'nicaragua': 'NI', 'niger': 'NE',
  'nigeria': 'NG', 'north-korea': 'KP', 'norway': 'NO', 'oman': 'OM', 'pakistan': 'PK', 'panama': 'PA',
  'papua-new-guinea': 'PG', 'paraguay': 'PY', 'peru': 'PE', 'philippines': 'PH', 'poland': 'PL',
  'portugal': 'PT', 'qatar': 'QA', 'romania': 'RO', 'rwanda': 'RW', 'saudi-arabia': 'SA', 'senegal': 'SN',
  'seychelles': 'SC', 'sierra-leone': 'SL', 'singapore': 'SG', 'somalia': 'SO', 'south-africa': 'ZA',
  'south-korea': 'KR', 'spain': 'ES', 'sri-lanka': 'LK', 'sudan': 'SD', 'suriname': 'SR', 'swaziland': 'SZ',
  'sweden': 'SE', 'switzerland': 'CH', 'syria': 'SY', 'taiwan': 'TW', 'tanzania': 'TZ', 'thailand': 'TH',
  'togo': 'TG', 'tonga': 'TO', 'trinidad-tobago': 'TT', 'tunisia': 'TN', 'turkey': 'TR', 'uae': 'AE',
  'uganda': 'UG', 'uk': 'GB', 'uruguay': 'UY', 'us-virgin-islands': 'VI', 'usa': 'US', 'ussr': 'RU',
  'vanuatu': 'VU', 'vatican': 'VA', 'venezuela': 'VE', 'vietnam': 'VN', 'west-germany': 'DE',
  'western-samoa': 'WS', 'yemen-arab-republic': 'YE', 'yemen-demo-republic': 'YE', 'yugoslavia': 'RS',
  'zaire': 'CD', 'zambia': 'ZM', 'zimbabwe': 'ZW',
};

/** One Reuters code → ISO alpha-2, or null when it is unknown or not a country. */
export function mapReutersPlace(code: string): string | null {
  return REUTERS_PLACES[code.trim().toLowerCase()] ?? null;
}

/** Map and de-duplicate a gold PLACES list (west-germany + east-germany → one DE). */
export function mapReutersPlaces(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of codes) {
    const m = mapReutersPlace(c);
    if (m) out.add(m);
  }
  return [...out];
}
