/**
 * Compact list of major cities, former capitals and first-level subdivisions that imply a
 * country, for text and datelines ("TOKYO, March 3 -" → JP).
 *
 * Why hand-written: world-countries only has capitals. News datelines and bodies name
 * financial centres and large cities far more often than capitals (New York, Frankfurt,
 * Zurich, Lagos). The list keeps cities of roughly a million people or more, financial and
 * commodity centres, and the historical names still found in archives (Peking, Bombay,
 * Bonn). It deliberately leaves out names that are more often something else: Victoria,
 * Kingston, Hamilton, Georgetown, San Jose, Plymouth, Male, Salvador, Birmingham (UK and
 * Alabama), Cambridge, Richmond, Perth (Scotland), London (Ontario) is accepted as GB.
 *
 * US states and Canadian provinces map to US and CA: "Atlanta, Georgia" → US,
 * "Ontario" → CA. Their postal/AP abbreviations are only used in the region slot of a
 * dateline ("ROCKFORD, Ill., March 3 -"), never in running text ("Ill." is also "ill.").
 *
 * Example: CITIES.JP includes "Osaka", so "OSAKA, March 3 -" tags JP.
 */

/** Major cities by ISO alpha-2 code (capitals come from world-countries, not repeated here unless renamed). */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  US: ['New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Dallas', 'Fort Worth', 'Detroit',
    'Boston', 'Philadelphia', 'San Francisco', 'Miami', 'Atlanta', 'Minneapolis', 'St. Louis', 'St Louis',
    'Saint Louis', 'Kansas City', 'Pittsburgh', 'Cleveland', 'Denver', 'Seattle', 'San Diego', 
    'Cincinnati', 'Milwaukee', 'Baltimore', 'New Orleans', 'Omaha', 'Des Moines', 'Oklahoma City', 'Tulsa',
    'Indianapolis', 'Memphis', 'Nashville', 'Louisville', 'Las Vegas', 'Salt Lake City', 'Sacramento',
    'San Antonio', 'Buffalo', 'Stamford', 'Hartford', 'Boca Raton', 'Fort Lauderdale', 'Tampa', 'Orlando',
    'Honolulu', 'Anchorage', 'Silicon Valley', 'Manhattan', 'Brooklyn', 'Wichita', 'Toledo', 'Akron',
    'Rochester', 'Newark', 'Raleigh', 'Jacksonville', 'Albuquerque',
    'Santa Clara', 'Palo Alto', 'Dearborn', 'St. Paul', 'Saint Paul', 'Providence', 'New Haven', 'Oakland',
    'Boise', 'Portland', 'Wilmington', 'Pasadena'],
  CA: ['Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec City', 
    'Saskatoon'],
  GB: ['London', 'Manchester', 'Liverpool', 'Glasgow', 'Edinburgh', 'Leeds', 'Bristol', 'Belfast', 'Cardiff',
    'Aberdeen', 'Sheffield'],
  FR: ['Marseille', 'Marseilles', 'Lyon', 'Lyons', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Lille', 'Nantes'],
  DE: ['Bonn', 'Frankfurt', 'Hamburg', 'Munich', 'Cologne', 'Stuttgart', 'Duesseldorf', 'Dusseldorf', 'Düsseldorf',
    'Hanover', 'Leipzig', 'Dresden', 'Essen', 'Dortmund', 'Bremen', 'Nuremberg'],
  IT: ['Milan', 'Turin', 'Naples', 'Genoa', 'Venice', 'Florence', 'Bologna', 'Palermo'],
  ES: ['Barcelona', 'Valencia', 'Seville', 'Bilbao'],
  PT: ['Oporto', 'Porto'],
  NL: ['Rotterdam', 'The Hague', 'Hague', 'Utrecht', 'Eindhoven'],
  BE: ['Antwerp', 'Ghent', 'Liege'],
  CH: ['Zurich', 'Geneva', 'Basle', 'Basel', 'Lausanne'],
  AT: ['Salzburg', 'Linz', 'Graz'],
  SE: ['Gothenburg', 'Malmo'],
  NO: ['Bergen', 'Stavanger'],
  DK: ['Aarhus'],
  FI: ['Espoo', 'Tampere'],
  PL: ['Krakow', 'Gdansk', 'Lodz', 'Wroclaw'],
  RU: ['St. Petersburg', 'St Petersburg', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Vladivostok',
    'Murmansk', 'Kaliningrad', 'Sochi', 'Kazan'],
  UA: ['Kiev', 'Kharkiv', 'Kharkov', 'Odessa', 'Odesa', 'Lviv', 'Donetsk', 'Mariupol', 'Dnipro'],
  TR: ['Istanbul', 'Izmir'],
  GR: ['Thessaloniki', 'Piraeus'],
  IL: ['Tel Aviv', 'Haifa'],
  
  SA: ['Jeddah', 'Jidda', 'Dhahran', 'Mecca'],
  AE: ['Dubai', 'Sharjah'],
  IR: ['Isfahan', 'Tabriz', 'Mashhad', 'Kharg Island'],
  IQ: ['Basra', 'Mosul', 'Kirkuk'],
  PK: ['Karachi', 'Lahore'],
  IN: ['Mumbai', 'Bombay', 'Calcutta', 'Kolkata', 'Madras', 'Chennai', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Delhi'],
  BD: ['Dacca', 'Chittagong'],
  CN: ['Peking', 'Shanghai', 'Guangzhou', 'Canton', 'Shenzhen', 'Tianjin', 'Wuhan', 'Chongqing', 'Chengdu', 'Nanjing'],
  TW: ['Kaohsiung'],
  JP: ['Osaka', 'Yokohama', 'Nagoya', 'Kobe', 'Kyoto', 'Fukuoka', 'Sapporo', 'Hiroshima', 'Sendai',
    // Islands and prefectures whose names are no surnames or words ("Niigata" was an actor: a black-box review).
    'Hokkaido', 'Honshu', 'Kyushu', 'Shikoku', 'Okinawa', 'Niigata', 'Iwate', 'Miyagi', 'Okayama', 'Kagoshima',
    'Kumamoto', 'Kanagawa', 'Saitama', 'Shizuoka', 'Hyogo', 'Aichi'],
  KR: ['Pusan', 'Busan', 'Incheon', 'Inchon'],
  KP: ['Pyongyang'],
  VN: ['Haiphong'],
  TH: ['Chiang Mai'],
  MY: ['Penang'],
  ID: ['Surabaya', 'Bandung', 'Medan', 'Bali'],
  PH: ['Cebu', 'Davao'],
  AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide'],
  NZ: ['Auckland', 'Christchurch'],
  BR: ['Sao Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Porto Alegre', 'Recife'],
  AR: ['Rosario'],
  CL: ['Valparaiso'],
  CO: ['Medellin', 'Cali'],
  VE: ['Maracaibo'],
  EC: ['Guayaquil'],
  MX: ['Guadalajara', 'Monterrey', 'Tijuana', 'Acapulco'],
  NG: ['Lagos', 'Kano', 'Ibadan', 'Port Harcourt'],
  ZA: ['Johannesburg', 'Cape Town', 'Durban', 'Soweto'],
  MA: ['Casablanca'],
  DZ: ['Oran'],
  KE: ['Mombasa'],
  TZ: ['Dar es Salaam', 'Zanzibar'],
  CI: ['Abidjan'],
  CM: ['Douala'],
  LY: ['Benghazi'],
  ML: ['Timbuktu'],
  SD: ['Omdurman', 'Darfur'],
  SY: ['Aleppo'],
  CG: ['Brazzaville'],
};

/** US states (full names; "Washington" is the capital entry and already US). */
export const US_STATES: readonly string[] = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado',
  'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas',
  'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York State',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia',
  'Wisconsin', 'Wyoming', 'New England', 'Washington State'];

/** Canadian provinces and territories. */
export const CA_PROVINCES: readonly string[] = ['Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Manitoba',
  'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Prince Edward Island', 'Yukon',
  'Northwest Territories', 'Nunavut'];

/** Australian states that are not also common words or other places. */
export const AU_STATES: readonly string[] = ['New South Wales', 'Queensland', 'Tasmania', 'Western Australia',
  'South Australia', 'Northern Territory'];

/**
 * Dateline region abbreviations (AP style and postal), compared after removing dots and
 * spaces and lower-casing: "Ill." → "ill", "N.Y." → "ny", "B.C." → "bc".
 */
export const DATELINE_REGION_ABBREVS: Readonly<Record<string, string>> = Object.fromEntries([
  ...['ala', 'ariz', 'ark', 'calif', 'cal', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
    'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc',
    'nd', 'okla', 'ore', 'pa', 'penn', 'ri', 'sc', 'sd', 'tenn', 'tex', 'vt', 'va', 'wash', 'wva', 'wis', 'wisc',
    'wyo', 'dc', 'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'me',
    'mi', 'mn', 'ms', 'mt', 'ne', 'nv', 'oh', 'ok', 'or', 'tn', 'tx', 'ut', 'vi', 'wa', 'wi', 'wv', 'wy', 'usa']
    .map((a) => [a, 'US'] as const),
  ...['ont', 'que', 'alta', 'bc', 'man', 'sask', 'ns', 'nb', 'nfld', 'pei', 'on', 'qc', 'ab', 'mb', 'sk', 'nl']
    .map((a) => [a, 'CA'] as const),
  ...['nsw', 'qld', 'vic', 'tas'].map((a) => [a, 'AU'] as const),
]);
