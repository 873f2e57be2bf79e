import { fileProblem } from '@kl/shared/util';
import { countsText, downloadLinks, phaseOfJob, problemLines, progressValue } from './import-model';

describe('import model', () => {
  it('places each problem where the spreadsheet shows it, with the API\'s Swedish text', () => {
    expect(
      problemLines(
        [
          { row: null, column: null, code: 'file_empty' as const },
          { row: 1, column: 'kon', code: 'column_missing' as const },
          { row: 4, column: 'anstalld_fran', code: 'invalid_date' as const },
          { row: 5, column: 'efternamn', code: 'required' as const },
        ].map(fileProblem),
      ),
    ).toEqual([
      { place: 'Filen', text: 'Filen är tom: den har ingen rubrikrad.' },
      { place: 'Rad 1, kolumn kon', text: 'Kolumnen saknas i rubrikraden.' },
      { place: 'Rad 4, kolumn anstalld_fran', text: 'Värdet är inte ett datum i formen ÅÅÅÅ-MM-DD.' },
      { place: 'Rad 5, kolumn efternamn', text: 'Fältet måste fyllas i.' },
    ]);
  });

  it('moves the progress bar forward through the phases, measuring the upload', () => {
    expect(progressValue('upload', 0)).toBe(0);
    expect(progressValue('upload', 0.5)).toBe(20);
    expect(progressValue('upload', 2)).toBe(40);
    const order = (['upload', 'check', 'preview', 'write', 'done'] as const).map((phase) => progressValue(phase, 1));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(progressValue('done', 0)).toBe(100);
  });

  it('shows a job found after a reload in its phase', () => {
    expect(phaseOfJob({ state: 'writing' })).toBe('write');
    expect(phaseOfJob({ state: 'done' })).toBe('done');
    expect(phaseOfJob({ state: 'invalid' })).toBe('preview');
  });

  it('says the counts, in cells for assessments', () => {
    expect(countsText({ kind: 'staff', counts: { add: 3, change: 1, unchanged: 10 } })).toBe('3 läggs till, 1 ändras, 10 oförändrade');
    expect(countsText({ kind: 'assessments', counts: { add: 2, change: 0, unchanged: 0 } })).toBe('2 bedömningar läggs till, 0 ändras, 0 oförändrade');
  });

  it('links the templates and exports, for assessments only once a round is chosen', () => {
    expect(downloadLinks('staff').map((link) => link.href)).toEqual([
      '/api/imports/staff/template',
      '/api/imports/staff/export?format=xlsx',
      '/api/imports/staff/export?format=csv',
    ]);
    expect(downloadLinks('assessments')).toEqual([]);
    expect(downloadLinks('assessments', 'r1')[0].href).toBe('/api/imports/assessments/template?roundId=r1');
  });
});
