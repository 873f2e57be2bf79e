import { STAFFING_MEASURES } from '@kl/shared/contracts';
import { measureLabel } from './national-view';

describe('staffing measure labels', () => {
  it('names every staffing measure in Swedish', () => {
    expect(measureLabel('slutat_orsak_annan_kommun_antal')).toBe('Slutat, orsak: annan kommuns socialtjänst');
    expect(measureLabel('konsult_handlaggare_fte')).toBe('Handläggare: konsulter på referensdatum (årsarbetare)');
    expect(new Set(STAFFING_MEASURES.map((m) => measureLabel(m))).size).toBe(STAFFING_MEASURES.length);
  });
});
