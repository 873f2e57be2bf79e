import { emptyStaffForm } from '@kl/web/organisation/data-access';
import { fieldStates, saveStateText, visibleErrors } from './staff-form.state';

const TODAY = '2026-11-23';

describe('staff form state', () => {
  it('shows no errors before the first save attempt', () => {
    expect(visibleErrors(emptyStaffForm(), false, null, TODAY)).toEqual({});
    expect(visibleErrors(emptyStaffForm(), true, null, TODAY).firstName).toBe('required');
  });

  it("keeps a server field error only while the field holds the refused value", () => {
    const refused = { ...emptyStaffForm(), employeeNumber: 'A-1' };
    const server = { errors: { employeeNumber: 'not_unique' as const }, value: refused };
    expect(visibleErrors(refused, false, server, TODAY)).toEqual({ employeeNumber: 'not_unique' });
    expect(visibleErrors({ ...refused, employeeNumber: 'A-2' }, false, server, TODAY)).toEqual({});
  });

  it('ties hint and error to the input', () => {
    const states = fieldStates({ fte: 'max' });
    expect(states.fte).toEqual({
      field: 'fte',
      inputId: 'staff-fte',
      label: 'Sysselsättningsgrad',
      message: 'Sysselsättningsgraden ska vara mellan 1 och 100 procent.',
      invalid: true,
      describedBy: 'staff-fte-hint staff-fte-error',
    });
    expect(states.firstName.describedBy).toBeNull();
  });

  it('says the save state in Swedish', () => {
    expect(saveStateText('saving', null)).toBe('Sparar …');
    expect(saveStateText('saved', '14:05')).toBe('Sparat kl. 14:05');
    expect(saveStateText('error', null)).toBe('Inte sparat – se felen ovan.');
    expect(saveStateText('idle', null)).toBe('');
  });
});
