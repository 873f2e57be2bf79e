import type {
  AuditAction,
  Degree,
  EmploymentType,
  ExperienceBand,
  Gender,
  OrgUnitKind,
  LeavingReason,
  QualificationStatus,
  ServiceAreaCode,
  StaffMemberFields,
  StaffRole,
  StaffStatusFilter,
} from '@kl/shared/contracts';

/** Swedish names of the values the API sends as codes (DESIGN.md §3). */
export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  administration: 'Förvaltning',
  department: 'Avdelning',
  unit: 'Enhet',
  district: 'Stadsdel',
};

export const SERVICE_AREA_LABELS: Record<ServiceAreaCode, string> = {
  'barn-och-unga': 'Barn och unga',
  'ekonomiskt-bistand': 'Ekonomiskt bistånd',
  'vuxna-missbruk': 'Vuxna/missbruk',
  aldreomsorg: 'Äldreomsorg',
  'lss-funktionsnedsattning': 'LSS/funktionsnedsättning',
};

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  caseworker: 'Handläggare',
  team_leader: 'Arbetsledare',
};

export const GENDER_LABELS: Record<Gender, string> = {
  woman: 'Kvinna',
  man: 'Man',
  other: 'Annat/ej angivet',
};

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  permanent: 'Tillsvidare',
  temporary: 'Visstid/vikarie',
  consultant: 'Konsult',
};

export const DEGREE_LABELS: Record<Degree, string> = {
  social_work: 'Socionomexamen',
  social_care: 'Social omsorgsexamen',
  other_relevant: 'Annan relevant examen',
  foreign_social_work: 'Utländsk socionomexamen',
  none: 'Ingen examen',
};

export const QUALIFICATION_STATUS_LABELS: Record<QualificationStatus, string> = {
  qualified: 'Behörig',
  dispensation: 'Dispens',
  in_education: 'Under utbildning',
  not_qualified: 'Ej behörig',
};

export const LEAVING_REASON_LABELS: Record<LeavingReason, string> = {
  other_kommun_social_services: 'Annan kommuns socialtjänst',
  other_employer: 'Annan arbetsgivare',
  left_profession: 'Lämnat yrket',
  retirement: 'Pension',
  other: 'Annat',
};

export const EXPERIENCE_BAND_LABELS: Record<ExperienceBand, string> = {
  '<1': 'Mindre än 1 år',
  '<2': '1–2 år',
  '<3': '2–3 år',
  '3-4': '3–4 år',
  '>4': 'Mer än 4 år',
};

export const STAFF_STATUS_LABELS: Record<StaffStatusFilter, string> = {
  active: 'Anställda',
  left: 'Har slutat',
  all: 'Alla',
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Skapad',
  update: 'Ändrad',
  delete: 'Borttagen',
  move: 'Flyttad',
  close: 'Stängd',
  leave: 'Anställningen avslutad',
  publish: 'Publicerad',
  open: 'Öppnad',
  reopen: 'Öppnad igen',
  invite: 'Inbjuden',
  disable: 'Avstängd',
  enable: 'Aktiverad igen',
  sign_in: 'Inloggning',
  sign_out: 'Utloggning',
  change_password: 'Lösenord bytt',
  accept_invitation: 'Inbjudan accepterad',
  sign_off: 'Enhet markerad klar',
  sign_off_undone: 'Klarmarkering ångrad',
  remind: 'Påminnelse skickad',
  submit: 'Inlämnad',
  erase: 'Personuppgifter raderade',
  purge: 'Personuppgifter gallrade',
  import: 'Importerad',
};

/** The Swedish label of every staff field, used by the form, the detail page and the history. */
export const STAFF_FIELD_LABELS: Record<keyof StaffMemberFields, string> = {
  employeeNumber: 'Anställningsnummer',
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  email: 'E-postadress',
  unitId: 'Enhet',
  role: 'Roll',
  gender: 'Kön',
  fte: 'Sysselsättningsgrad',
  employmentType: 'Anställningsform',
  employmentStart: 'Anställd från',
  employmentEnd: 'Anställd till',
  experienceStart: 'Yrkeserfarenhet från',
  degree: 'Examen',
  degreeYear: 'Examensår',
  continuingEducation: 'Fortbildning i socialt arbete',
  furtherEducation: 'Vidareutbildning på högskolenivå om barn och unga',
  masters: 'Magisterexamen',
  qualificationStatus: 'Behörighet (SOSFS 2014:7)',
  dispensationUntil: 'Dispens till',
  firstManagerialJob: 'Första chefsjobbet',
  needsDevelopment: 'Behov av kompetensutveckling för ärendehandledning',
  birthYear: 'Födelseår',
  leavingReason: 'Avslutsorsak',
};

/** Options for a select, in the order of the contract's list. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
