import type { TabularColumn } from '@kl/api/core';
import { choiceMap } from '@kl/api/core';
import type { Degree, EmploymentType, Gender, LeavingReason, QualificationStatus, StaffMemberFields, StaffRole } from '@kl/shared/contracts';

/** The Swedish words of FORMATS.md §1 for each value; files are read and written with them. */
export const ROLE_WORDS: Record<StaffRole, string> = { caseworker: 'handläggare', team_leader: 'arbetsledare' };
export const GENDER_WORDS: Record<Gender, string> = { woman: 'kvinna', man: 'man', other: 'annat' };
export const EMPLOYMENT_WORDS: Record<EmploymentType, string> = {
  permanent: 'tillsvidare',
  temporary: 'visstid',
  consultant: 'konsult',
};
export const DEGREE_WORDS: Record<Degree, string> = {
  social_work: 'socionomexamen',
  social_care: 'social omsorgsexamen',
  other_relevant: 'annan relevant examen',
  foreign_social_work: 'utländsk socionomexamen',
  none: 'ingen',
};
export const QUALIFICATION_WORDS: Record<QualificationStatus, string> = {
  qualified: 'behörig',
  dispensation: 'dispens',
  in_education: 'under utbildning',
  not_qualified: 'ej behörig',
};
export const LEAVING_REASON_WORDS: Record<LeavingReason, string> = {
  other_kommun_social_services: 'annan kommuns socialtjänst',
  other_employer: 'annan arbetsgivare',
  left_profession: 'lämnat yrket',
  retirement: 'pension',
  other: 'annat',
};

export const wordsToValues = <T extends string>(words: Record<T, string>): ReadonlyMap<string, T> =>
  choiceMap(Object.entries(words).map(([value, word]) => [word as string, value as T]));

/** Each stored field's column in the file (FORMATS.md §1), in the file's order. */
export const STAFF_FIELD_HEADERS: Record<keyof StaffMemberFields, string> = {
  employeeNumber: 'anstallningsnummer',
  firstName: 'fornamn',
  lastName: 'efternamn',
  email: 'epost',
  unitId: 'enhet',
  role: 'roll',
  gender: 'kon',
  fte: 'sysselsattningsgrad',
  employmentType: 'anstallningsform',
  employmentStart: 'anstalld_fran',
  employmentEnd: 'anstalld_till',
  experienceStart: 'yrkeserfarenhet_fran',
  degree: 'examen',
  degreeYear: 'examensar',
  continuingEducation: 'fortbildning',
  furtherEducation: 'vidareutbildning',
  masters: 'magister',
  qualificationStatus: 'behorighet',
  dispensationUntil: 'dispens_till',
  firstManagerialJob: 'forsta_chefsjobbet',
  needsDevelopment: 'behov_kompetensutveckling',
  birthYear: 'fodelsear',
  leavingReason: 'avslutsorsak',
};

const REQUIRED = new Set(['anstallningsnummer', 'fornamn', 'efternamn', 'enhet', 'roll', 'kon', 'sysselsattningsgrad', 'anstallningsform', 'anstalld_fran', 'yrkeserfarenhet_fran', 'examen']);

/** The columns of a staff file: the required ones must be there; an optional one left out keeps what is stored. */
export const STAFF_COLUMNS: TabularColumn[] = [
  ...Object.values(STAFF_FIELD_HEADERS).map((name) => ({ name, required: REQUIRED.has(name) })),
];

/** The export's and template's columns: every column of FORMATS.md §1, in its order. */
export const STAFF_EXPORT_HEADERS = Object.values(STAFF_FIELD_HEADERS);
