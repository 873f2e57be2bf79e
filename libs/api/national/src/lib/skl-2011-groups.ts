/**
 * The ten kommungrupper of SKL's classification 2011, as the SKL report defines them
 * (../shared/seeds/skl-2015-rekryteringslaget-socialtjansten.txt, "Bilaga: Kommungruppsindelning
 * 2011 – definitioner"). Which kommun belongs to which is not in the report: it comes as a file.
 */
export const SKL_2011_CODE = 'SKL-2011';

export const SKL_2011_GROUPS: Readonly<Record<string, { name: string; definition: string }>> = {
  '1': { name: 'Storstäder', definition: 'Kommuner med en folkmängd som överstiger 200 000 invånare.' },
  '2': {
    name: 'Förortskommuner till storstäder',
    definition:
      'Kommuner där mer än 50 % av nattbefolkningen pendlar till arbetet i någon annan kommun. Det vanligaste utpendlingsmålet ska vara någon av storstäderna.',
  },
  '3': { name: 'Större städer', definition: 'Kommuner med 50 000-200 000 invånare samt en tätortsgrad överstigande 70 %.' },
  '4': {
    name: 'Förortskommuner till större städer',
    definition:
      'Kommuner där mer än 50 % av nattbefolkningen pendlar till arbetet i en annan kommun. Det vanligaste utpendlingsmålet ska vara någon av de större städerna i grupp 3.',
  },
  '5': { name: 'Pendlingskommuner', definition: 'Kommuner där mer än 40 procent av nattbefolkningen pendlar till en annan kommun.' },
  '6': {
    name: 'Turism- och besöksnäringskommuner',
    definition:
      'Kommuner där antalet gästnätter på hotell, vandrarhem och campingar överstiger 21 per invånare eller där antalet fritidshus överstiger 0,20 per invånare.',
  },
  '7': {
    name: 'Varuproducerande kommuner',
    definition:
      'Kommun där 34 % eller mer av nattbefolkningen mellan 16 och 64 år är sysselsatta inom tillverkning och utvinning, energi och miljö samt byggverksamhet (SNI2007).',
  },
  '8': {
    name: 'Glesbygdskommuner',
    definition: 'Kommun med en tätortsgrad understigande 70 % och mindre än åtta invånare per kvadratkilometer.',
  },
  '9': { name: 'Kommuner i tätbefolkad region', definition: 'Kommun med mer än 300 000 personer inom en radie på 112,5 kilometer.' },
  '10': { name: 'Kommuner i glesbefolkad region', definition: 'Kommun med mindre än 300 000 personer inom en radie på 112,5 kilometer.' },
};
