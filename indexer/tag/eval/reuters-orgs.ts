/**
 * Reuters-21578 ORGS codes → the names an actor may carry for that organisation, for scoring only (the indexer never
 * reads gold data). Each list holds the full name first (the spellings a reader would filter by: the alias file's
 * canonical name and its variants), then the acronyms. An organisation found only under its acronym counts as found,
 * but the evaluation reports apart how many were found under a full name: "EC" alone is a facet value of its own,
 * beside "European Community".
 *
 * `reutersOrgNames('imf')` → `{ full: ['International Monetary Fund'], short: ['IMF'] }`
 */
const ORGS: Record<string, { full: string[]; short: string[] }> = {
  // In 1987 the EC is the European Community; its Commission is what speaks for it in most stories.
  ec: { full: ['European Community', 'European Communities', 'European Economic Community', 'European Commission'], short: ['EC', 'EEC'] },
  worldbank: { full: ['World Bank'], short: [] },
  imf: { full: ['International Monetary Fund'], short: ['IMF'] },
  opec: { full: ['Organization of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'], short: ['OPEC'] },
  gatt: { full: ['General Agreement on Tariffs and Trade'], short: ['GATT'] },
  'ico-coffee': { full: ['International Coffee Organization', 'International Coffee Organisation'], short: ['ICO'] },
  icco: { full: ['International Cocoa Organization', 'International Cocoa Organisation'], short: ['ICCO'] },
  oecd: { full: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'], short: ['OECD'] },
  unctad: { full: ['United Nations Conference on Trade and Development'], short: ['UNCTAD'] },
  iea: { full: ['International Energy Agency'], short: ['IEA'] },
  itc: { full: ['International Tin Council'], short: ['ITC'] },
  fao: { full: ['Food and Agriculture Organization', 'Food and Agriculture Organisation'], short: ['FAO'] },
  un: { full: ['United Nations'], short: ['UN', 'U.N.'] },
  inro: { full: ['International Natural Rubber Organization', 'International Natural Rubber Organisation'], short: ['INRO'] },
  'adb-africa': { full: ['African Development Bank'], short: ['ADB', 'AfDB'] },
  'adb-asia': { full: ['Asian Development Bank'], short: ['ADB'] },
  eib: { full: ['European Investment Bank'], short: ['EIB'] },
  atpc: { full: ['Association of Tin Producing Countries'], short: ['ATPC'] },
  gcc: { full: ['Gulf Cooperation Council', 'Gulf Co-operation Council'], short: ['GCC'] },
  oapec: { full: ['Organization of Arab Petroleum Exporting Countries'], short: ['OAPEC'] },
  // The International Sugar Agreement and the organisation that runs it.
  isa: { full: ['International Sugar Organization', 'International Sugar Organisation', 'International Sugar Agreement'], short: ['ISO', 'ISA'] },
  'iwc-wheat': { full: ['International Wheat Council'], short: ['IWC'] },
  imco: { full: ['Intergovernmental Maritime Consultative Organization', 'International Maritime Organization'], short: ['IMCO', 'IMO'] },
  bis: { full: ['Bank for International Settlements'], short: ['BIS'] },
  euratom: { full: ['European Atomic Energy Community', 'Euratom'], short: [] },
  ida: { full: ['International Development Association'], short: ['IDA'] },
  iwcc: { full: ['International Wrought Copper Council'], short: ['IWCC'] },
  comecon: { full: ['Council for Mutual Economic Assistance', 'Comecon'], short: ['CMEA'] },
  asean: { full: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], short: ['ASEAN'] },
  efta: { full: ['European Free Trade Association'], short: ['EFTA'] },
};

/** The names of a Reuters ORGS code, or undefined for a code this table does not know (reported, not guessed). */
export function reutersOrgNames(code: string): { full: string[]; short: string[] } | undefined {
  return ORGS[code];
}
