import { TRAINING_MEASURES } from '@kl/shared/contracts';
import { measureLabel } from './national-view';

describe('training measure labels', () => {
  it('names every training measure in Swedish, target groups from their parts', () => {
    expect(measureLabel('deltagare_handlaggare_utan_socionom_1till3ar_antal')).toBe(
      'Deltagare: handläggare utan socionomexamen, 1–3 års erfarenhet',
    );
    expect(measureLabel('deltagare_arbetsledare_socionom_under1ar_antal')).toBe(
      'Deltagare: arbetsledare med socionomexamen, < 1 års erfarenhet',
    );
    expect(measureLabel('statsbidrag_anvant_kr')).toBe('Statsbidrag använt (kr)');
    expect(TRAINING_MEASURES.filter((m) => !measureLabel(m) || measureLabel(m).includes('undefined'))).toEqual([]);
  });
});
