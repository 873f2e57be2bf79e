import type { StaffMemberFields } from '@kl/shared/contracts';
import {
  applicableStaffFields,
  emptyStaffForm,
  type StaffFormValue,
  staffFieldMessage,
  toStaffFields,
  toStaffFormValue,
  toUpdateRequest,
  validateStaffForm,
} from './staff-form.model';

const TODAY = '2026-11-23';

const caseworker: StaffMemberFields = {
  employeeNumber: 'A-1001',
  firstName: 'Anna',
  lastName: 'Berg',
  email: 'anna.berg@kommun.se',
  unitId: 'u1',
  role: 'caseworker',
  gender: 'woman',
  fte: 0.75,
  employmentType: 'permanent',
  employmentStart: '2020-01-15',
  employmentEnd: null,
  experienceStart: '2018-06-01',
  degree: 'social_work',
  degreeYear: 2018,
  continuingEducation: true,
  furtherEducation: false,
  masters: false,
  qualificationStatus: 'qualified',
  dispensationUntil: null,
  firstManagerialJob: null,
  needsDevelopment: null,
  birthYear: null,
  leavingReason: null,
};

function form(overrides: Partial<StaffFormValue>): StaffFormValue {
  return { ...toStaffFormValue(caseworker), ...overrides };
}

describe('staff form ↔ request', () => {
  it('round-trips a record through the form unchanged', () => {
    expect(toStaffFields(toStaffFormValue(caseworker))).toEqual(caseworker);
  });

  it('shows FTE in percent and sends it as a fraction', () => {
    expect(toStaffFormValue(caseworker).fte).toBe('75');
    expect(toStaffFields(form({ fte: '50' })).fte).toBe(0.5);
    expect(toStaffFields(form({ fte: '1' })).fte).toBe(0.01);
    expect(toStaffFields(form({ fte: '87,5' })).fte).toBe(0.875);
    expect(toStaffFields(form({ fte: '37.5' })).fte).toBe(0.375);
    expect(toStaffFormValue({ ...caseworker, fte: 0.875 }).fte).toBe('87,5');
  });

  it('sends empty optional fields as null', () => {
    const fields = toStaffFields(form({ email: ' ', degreeYear: '', qualificationStatus: '', employmentEnd: '' }));
    expect(fields).toMatchObject({ email: null, degreeYear: null, qualificationStatus: null, employmentEnd: null });
  });

  it('drops the dispensation date unless the status is dispensation', () => {
    expect(toStaffFields(form({ qualificationStatus: 'qualified', dispensationUntil: '2027-01-01' })).dispensationUntil).toBeNull();
    expect(toStaffFields(form({ qualificationStatus: 'dispensation', dispensationUntil: '2027-01-01' })).dispensationUntil).toBe(
      '2027-01-01',
    );
  });

  it('asks the team-leader questions of team leaders only', () => {
    const answers = { firstManagerialJob: 'yes', needsDevelopment: 'no' } as const;
    expect(toStaffFields(form({ ...answers, role: 'caseworker' }))).toMatchObject({ firstManagerialJob: null, needsDevelopment: null });
    expect(toStaffFields(form({ ...answers, role: 'team_leader' }))).toMatchObject({ firstManagerialJob: true, needsDevelopment: false });
  });

  it('puts the version on an update', () => {
    expect(toUpdateRequest(toStaffFormValue(caseworker), 7)).toEqual({ ...caseworker, version: 7 });
  });
});

describe('validateStaffForm', () => {
  it('accepts a complete record', () => {
    expect(validateStaffForm(toStaffFormValue(caseworker), TODAY)).toEqual({});
  });

  it('names every required field of an empty form', () => {
    expect(Object.keys(validateStaffForm({ ...emptyStaffForm(), fte: '' }, TODAY))).toEqual([
      'employeeNumber',
      'firstName',
      'lastName',
      'unitId',
      'role',
      'gender',
      'fte',
      'employmentType',
      'employmentStart',
      'experienceStart',
      'degree',
    ]);
  });

  it('keeps FTE within 1–100 whole percent', () => {
    expect(validateStaffForm(form({ fte: '0' }), TODAY).fte).toBe('min');
    expect(validateStaffForm(form({ fte: '101' }), TODAY).fte).toBe('max');
    expect(validateStaffForm(form({ fte: '87,5' }), TODAY).fte).toBeUndefined();
    expect(validateStaffForm(form({ fte: '75,25' }), TODAY).fte).toBe('invalid_format');
    expect(validateStaffForm(form({ fte: 'mycket' }), TODAY).fte).toBe('invalid_format');
  });

  it('checks e-mail, dates and the degree year', () => {
    const errors = validateStaffForm(form({ email: 'anna', employmentStart: '15/1/2020', degreeYear: '18' }), TODAY);
    expect(errors).toEqual({ email: 'invalid_format', employmentStart: 'invalid_format', degreeYear: 'invalid_format' });
    expect(validateStaffForm(form({ degreeYear: '2030' }), TODAY).degreeYear).toBe('in_future');
  });

  it('applies the shared cross-field rules', () => {
    expect(validateStaffForm(form({ qualificationStatus: 'dispensation', dispensationUntil: '' }), TODAY).dispensationUntil).toBe(
      'required',
    );
    expect(validateStaffForm(form({ employmentEnd: '2019-12-31' }), TODAY).employmentEnd).toBe('before_start');
    expect(validateStaffForm(form({ experienceStart: '2027-01-01' }), TODAY).experienceStart).toBe('in_future');
  });

  it('says what is wrong in Swedish, naming the field', () => {
    expect(staffFieldMessage('firstName', 'required')).toBe('Fyll i förnamn.');
    expect(staffFieldMessage('gender', 'required')).toBe('Välj kön.');
    expect(staffFieldMessage('unitId', 'required')).toBe('Välj enhet.');
    expect(staffFieldMessage('fte', 'max')).toBe('Sysselsättningsgraden ska vara mellan 1 och 100 procent.');
    expect(staffFieldMessage('employeeNumber', 'not_unique')).toBe('Anställningsnumret används redan av en annan medarbetare.');
    expect(staffFieldMessage('employmentEnd', 'before_start')).toBe('Anställd till kan inte vara före anställd från.');
  });
});

describe('applicableStaffFields', () => {
  it('adds "dispens till" only with dispens and the team-leader questions only for team leaders', () => {
    const caseworker = applicableStaffFields({ role: 'caseworker', qualificationStatus: 'qualified' });
    expect(caseworker).not.toContain('dispensationUntil');
    expect(caseworker).not.toContain('firstManagerialJob');
    const leader = applicableStaffFields({ role: 'team_leader', qualificationStatus: 'dispensation' });
    expect(leader.filter((f) => !caseworker.includes(f))).toEqual(['dispensationUntil', 'firstManagerialJob', 'needsDevelopment']);
    expect(leader.length - caseworker.length).toBe(3);
  });
});
