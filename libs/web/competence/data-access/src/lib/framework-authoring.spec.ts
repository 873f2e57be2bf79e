import { contentSummary, creationScope, newFrameworkDocument, newFrameworkErrors, newFrameworkServerErrors, suggestedCode, suggestedName } from './framework-authoring';

describe('framework authoring', () => {
  it('checks the new framework form in Swedish', () => {
    expect(newFrameworkErrors({ code: '', name: ' ', serviceAreaCode: '' })).toEqual({
      code: 'Fyll i en kod.',
      name: 'Fyll i ett namn.',
      serviceAreaCode: 'Välj verksamhetsområde.',
    });
    expect(newFrameworkErrors({ code: 'eb 2026', name: 'Ekonomiskt bistånd', serviceAreaCode: 'ekonomiskt-bistand' }).code).toMatch(/^Koden har fel format/);
    expect(newFrameworkErrors({ code: 'EB-2026', name: 'Ekonomiskt bistånd', serviceAreaCode: 'ekonomiskt-bistand' })).toEqual({});
    expect(newFrameworkErrors({ code: 'EB-2026', name: 'Kopia' }, false)).toEqual({});
  });

  it('makes an empty draft with the three default levels', () => {
    const document = newFrameworkDocument({ code: ' EB-2026 ', name: 'Ekonomiskt bistånd ', serviceAreaCode: 'ekonomiskt-bistand', source: '' });
    expect(document).toMatchObject({ code: 'EB-2026', name: 'Ekonomiskt bistånd', source: null, areas: [] });
    expect(document.levels.map((l) => l.level)).toEqual(['insufficient', 'basic', 'advanced']);
  });

  it("turns the API's field codes into the form's words", () => {
    expect(newFrameworkServerErrors({ statusCode: 409, code: 'FRAMEWORK_CODE_TAKEN', message: '', errors: { code: 'not_unique' } })).toEqual({
      code: 'Koden används redan av en annan kompetensmodell. Välj en annan kod.',
    });
  });

  it('says whose a new framework becomes, suggests a code and sums up content', () => {
    expect([creationScope('national_analyst'), creationScope('municipality_admin'), creationScope('team_leader')]).toEqual(['national', 'local', null]);
    expect(suggestedCode('EB-EXEMPEL', 2026)).toBe('EB-2026');
    expect(suggestedName('Exempel – kompetensmodell för ekonomiskt bistånd')).toBe('Kompetensmodell för ekonomiskt bistånd');
    expect(contentSummary({ areas: [{ code: 'A', name: 'A', topics: [{ code: 'A1', name: 'x', note: null }] }, { code: 'B', name: 'B', topics: [] }] })).toBe(
      '2 områden, 1 inriktning',
    );
  });
});
