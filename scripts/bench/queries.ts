/** Real queries a reader would type (names and topics of the corpus), and entities to look up. */
export const QUERIES = [
  'Putin', 'covid vaccine', 'Kabul airport', 'Ukraine invasion', 'Taliban', 'Boris Johnson', 'Suez Canal', 'Tigray',
  'Myanmar coup', 'Beirut explosion', 'Biden', 'earthquake Haiti', 'Navalny', 'Capitol riot', 'Hong Kong protests',
  'Brexit', 'Olympics Tokyo', 'Belarus election', 'Nagorno-Karabakh', 'wildfire California',
];

export const ENTITIES = [
  'Russia', 'United States', 'Vladimir Putin', 'Joe Biden', 'Taliban', 'COVID-19 pandemic', 'Ukraine', 'Boris Johnson',
  'Emmanuel Macron', 'Israel', 'China', 'Alexei Navalny', 'European Union', 'World Health Organization', 'Kabul',
  'Tigray Region', 'Myanmar', 'Donald Trump', 'Xi Jinping', 'Afghanistan',
];
