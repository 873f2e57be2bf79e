import {
  type CompetenceLevelDefinition,
  type ErrorBody,
  FRAMEWORK_CODE_PATTERN,
  FRAMEWORK_DOCUMENT_LIMITS,
  type FrameworkDocument,
  type Role,
  type ServiceAreaCode,
} from '@kl/shared/contracts';

/** The level definitions a new framework starts from (those of the national framework, for any handläggare); editable on the draft. */
export const DEFAULT_LEVELS: readonly CompetenceLevelDefinition[] = [
  {
    level: 'insufficient',
    name: 'Saknar tillräcklig kompetens',
    definition: 'Med saknar tillräcklig kompetens avses att en handläggare behöver kontinuerligt stöd för att kunna genomföra sina arbetsuppgifter.',
  },
  {
    level: 'basic',
    name: 'Grundläggande kompetens',
    definition: 'Med grundläggande kompetens avses att en handläggare kan genomföra självständig handläggning (planering, utredning och uppföljning).',
  },
  {
    level: 'advanced',
    name: 'Fördjupad kompetens',
    definition:
      'Med fördjupad kompetens avses att en handläggare, utöver den grundläggande kompetensen, har särskild kompetens att fungera som ämnesrådgivare eller sakkunnig inom området för övrig personal eller i kommunens externa kontakter.',
  },
];

export const FRAMEWORK_CODE_HINT = 'Versaler, siffror och bindestreck, till exempel EB-2026.';

export interface NewFrameworkValue {
  code: string;
  name: string;
  serviceAreaCode: ServiceAreaCode | '';
  source: string;
}

export type NewFrameworkErrors = Partial<Record<'code' | 'name' | 'serviceAreaCode', string>>;

/** The form's own checks, in Swedish, before anything is sent (the API checks again). */
export function newFrameworkErrors(value: Pick<NewFrameworkValue, 'code' | 'name'> & Partial<Pick<NewFrameworkValue, 'serviceAreaCode'>>, withServiceArea = true): NewFrameworkErrors {
  const errors: NewFrameworkErrors = {};
  const code = value.code.trim();
  if (!code) errors.code = 'Fyll i en kod.';
  else if (code.length > FRAMEWORK_DOCUMENT_LIMITS.codeLength || !FRAMEWORK_CODE_PATTERN.test(code)) errors.code = `Koden har fel format. ${FRAMEWORK_CODE_HINT}`;
  if (!value.name.trim()) errors.name = 'Fyll i ett namn.';
  else if (value.name.trim().length > FRAMEWORK_DOCUMENT_LIMITS.nameLength) errors.name = 'Namnet är för långt (högst 200 tecken).';
  if (withServiceArea && !value.serviceAreaCode) errors.serviceAreaCode = 'Välj verksamhetsområde.';
  return errors;
}

/** An empty framework of the form's values: the default levels, no areas yet. */
export function newFrameworkDocument(value: NewFrameworkValue & { serviceAreaCode: ServiceAreaCode }): FrameworkDocument {
  return {
    code: value.code.trim(),
    name: value.name.trim(),
    serviceAreaCode: value.serviceAreaCode,
    source: value.source.trim() || null,
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    areas: [],
  };
}

/** The API's answer to a new framework as the form's field errors (a code taken, a bad value). */
export function newFrameworkServerErrors(body: ErrorBody): NewFrameworkErrors {
  const errors: NewFrameworkErrors = {};
  if (body.errors?.['code'] === 'not_unique') errors.code = 'Koden används redan av en annan kompetensmodell. Välj en annan kod.';
  else if (body.errors?.['code']) errors.code = `Koden har fel format. ${FRAMEWORK_CODE_HINT}`;
  if (body.errors?.['name']) errors.name = 'Namnet är inte giltigt.';
  return errors;
}

/** Who makes frameworks, and what theirs becomes. */
export function creationScope(role: Role | null): 'national' | 'local' | null {
  return role === 'national_analyst' ? 'national' : role === 'municipality_admin' ? 'local' : null;
}

/** A code to start from when copying an example: its own without `-EXEMPEL`, with the year. */
export function suggestedCode(exampleCode: string, year: number): string {
  return `${exampleCode.replace(/-EXEMPEL$/, '')}-${year}`;
}

/** A name to start from when copying an example: its own without the word Exempel. */
export function suggestedName(exampleName: string): string {
  const name = exampleName.replace(/^Exempel\s*[–-]\s*/, '');
  return name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1);
}

/** How much a framework holds, for a preview: "4 områden, 15 inriktningar". */
export function contentSummary(document: Pick<FrameworkDocument, 'areas'>): string {
  const areas = document.areas.length;
  const topics = document.areas.reduce((sum, area) => sum + area.topics.length, 0);
  return `${areas} ${areas === 1 ? 'område' : 'områden'}, ${topics} ${topics === 1 ? 'inriktning' : 'inriktningar'}`;
}
