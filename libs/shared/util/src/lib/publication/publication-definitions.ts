import type { NationalTableFilters, PublicationPolicy, PublishedRoundDetail } from '@kl/shared/contracts';
import type { ExportTable } from '../export-table';
import { SUPPRESSED_CELL } from '../export-table';
import { NO_SHARE_TEXT } from './published-export';

/** What `..` means, in the words of the page, the files' notes and the definitions sheet. */
export function suppressionText(policy: PublicationPolicy): string {
  return (
    `${SUPPRESSED_CELL} betyder att uppgiften inte publiceras för att skydda enskilda: den vilar på färre än ` +
    `${policy.minKommuner} kommuner eller färre än ${policy.minPersons} personer, eller den skulle annars gå att räkna ` +
    `fram ur summor eller ur skillnaden mot en annan tabell. Röjandekontroll enligt policy version ${policy.version}.`
  );
}

/** The names a filter's codes are shown with. */
export interface NationalFilterNames {
  kommungrupp: readonly { code: string; name: string }[];
  lan: readonly { code: string; name: string }[];
}

/**
 * A national table's filter in words: "Hela landet", "Kommungrupp 3 Pendlingskommun nära större
 * stad", "Län: Skåne län", "Kommuner först med i omgång 2014"; combined filters joined by commas.
 */
export function nationalFilterText(filters: NationalTableFilters, names: NationalFilterNames): string {
  const group = filters.kommungrupp && names.kommungrupp.find((g) => g.code === filters.kommungrupp);
  const county = filters.lan && names.lan.find((c) => c.code === filters.lan);
  const parts = [
    filters.kommungrupp ? `Kommungrupp ${filters.kommungrupp}${group ? ` ${group.name}` : ''}` : '',
    filters.lan ? `Län: ${county ? county.name : filters.lan}` : '',
    filters.cohort ? `Kommuner först med i omgång ${filters.cohort}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Hela landet';
}

/** The one filter of a published table in words (see {@link nationalFilterText}). */
export function publishedFilterText(filters: NationalTableFilters, detail: Pick<PublishedRoundDetail, 'filters'>): string {
  return nationalFilterText(filters, detail.filters);
}

/** `2026-12-04T10:15:00.000Z` as a Swedish date (the publication's day in Sweden). */
export function swedishDate(iso: string): string {
  return new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** The sheet of definitions and the disclosure policy that every XLSX download carries. */
export function publicationDefinitions(detail: PublishedRoundDetail, filters: NationalTableFilters): ExportTable {
  const { policy } = detail;
  const rows: [string, string][] = [
    ['Omgång', `${detail.code}, referensdatum ${detail.referenceDate}`],
    ['Urval', publishedFilterText(filters, detail)],
    [
      'Publicerad',
      `${swedishDate(detail.publishedAt)}${detail.sequence > 1 ? `, rättelse ${detail.sequence - 1}: ${detail.note ?? ''}` : ''}`,
    ],
    ['Ramverk', `${detail.framework.name} (${detail.framework.code}, version ${detail.framework.version})`],
    ['Röjandekontroll', `Policy version ${policy.version}: minst ${policy.minKommuner} kommuner och ${policy.minPersons} personer per uppgift.`],
    [SUPPRESSED_CELL, suppressionText(policy)],
    [NO_SHARE_TEXT, 'Ingen andel: ingen är bedömd i inriktningen.'],
    ['Grundläggande (G)', 'Kan genomföra självständig handläggning: planering, utredning och uppföljning.'],
    ['Fördjupad (F)', 'Kan dessutom vara ämnesrådgivare eller sakkunnig för övrig personal och i externa kontakter.'],
    ['Saknar tillräcklig (S)', 'Behöver kontinuerligt stöd för att kunna genomföra arbetsuppgifterna.'],
    ['Årsarbetare', 'Handläggarnas tjänstgöringsgrad summerad (en heltid är 1,0), med en decimal.'],
    ['Andel', 'Andel av årsarbetarna som bedömts i inriktningen. Den exakta andelen står i kolumnen (exakt) som bråktal.'],
    ['Medel av inriktningarnas andelar', 'Ett områdes andel räknat som medelvärdet av dess inriktningars andelar (som i Socialstyrelsens slutrapport).'],
    ['Andel av årsarbetarna', 'Ett områdes andel räknat på alla årsarbetare som bedömts i området.'],
    ['N (kommuner)', 'Antalet kommuner som redovisat uppgiften (för en inriktning: med bedömda handläggare).'],
    ['Personalomsättning', 'Anställda som slutat under kalenderåret före referensdatumet delat med medelantalet anställda det året, summerat över kommunerna före divisionen (konsulter räknas inte).'],
    ['Konsultandel', 'Konsulternas årsarbetare delat med alla årsarbetare (anställda och konsulter) på referensdatumet.'],
    ['Kommungrupp', 'Kommungruppsindelningen som omgången redovisas efter.'],
    ['Först med i omgång', 'Kommunerna grupperade efter den första nationella omgång de lämnat uppgifter till.'],
    ['Källa', 'Kompetensläget: kommunernas inlämningar till den nationella omgången.'],
  ];
  return {
    sheetName: 'Definitioner',
    columns: [
      { heading: 'Begrepp', kind: 'text' },
      { heading: 'Förklaring', kind: 'text' },
    ],
    rows,
  };
}
