import {
  COMPETENCE_LEVELS,
  type CompetenceFrameworkDetail,
  type FieldErrorCode,
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_FORMAT_VERSION,
  type FrameworkDocument,
  type FrameworkFile,
} from '@kl/shared/contracts';

/**
 * The rules of a framework document that span fields (the DTO checks each field): every level
 * defined once, area codes unique, topic codes unique in the whole framework (they are stable
 * keys of assessments and the crosswalk). Paths as the validation pipe writes them.
 */
export function documentRuleErrors(document: FrameworkDocument): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  const levels = new Set<string>();
  document.levels.forEach((level, i) => {
    if (levels.has(level.level)) errors[`levels.${i}.level`] = 'not_unique';
    levels.add(level.level);
  });
  if (COMPETENCE_LEVELS.some((level) => !levels.has(level))) errors['levels'] = 'min_length';
  const areas = new Set<string>();
  const topics = new Set<string>();
  document.areas.forEach((area, i) => {
    if (areas.has(area.code)) errors[`areas.${i}.code`] = 'not_unique';
    areas.add(area.code);
    area.topics.forEach((topic, j) => {
      if (topics.has(topic.code)) errors[`areas.${i}.topics.${j}.code`] = 'not_unique';
      topics.add(topic.code);
    });
  });
  return errors;
}

/** A framework version as a document: what its export holds. */
export function documentOf(framework: CompetenceFrameworkDetail): FrameworkDocument {
  return {
    code: framework.code,
    name: framework.name,
    serviceAreaCode: framework.serviceAreaCode,
    source: framework.source,
    levels: framework.levels.map(({ level, name, definition }) => ({ level, name, definition })),
    areas: framework.areas.map((area) => ({
      code: area.code,
      name: area.name,
      topics: area.topics.map((topic) => ({ code: topic.code, name: topic.name, note: topic.note })),
    })),
  };
}

/** The JSON file of a framework (docs/frameworks.md §2). */
export function frameworkFile(document: FrameworkDocument): FrameworkFile {
  return { format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_FORMAT_VERSION, ...document };
}

const FIELD_TEXT: Record<string, string> = {
  code: 'kod',
  name: 'namn',
  serviceAreaCode: 'verksamhetsområde',
  source: 'källa',
  levels: 'nivåer',
  level: 'nivå',
  definition: 'definition',
  areas: 'områden',
  topics: 'inriktningar',
  note: 'not',
  format: 'format',
  formatVersion: 'formatversion',
};

/** A document path in Swedish, e.g. `areas.1.topics.0.name` → `område 2, inriktning 1: namn`. */
export function documentPathText(path: string): string {
  const parts = path.split('.');
  const places: string[] = [];
  let field = '';
  for (let i = 0; i < parts.length; i++) {
    const index = Number(parts[i + 1]);
    if (Number.isInteger(index) && parts[i + 1] !== '') {
      const place = parts[i] === 'levels' ? 'nivå' : parts[i] === 'areas' ? 'område' : 'inriktning';
      places.push(`${place} ${index + 1}`);
      i++;
    } else {
      field = FIELD_TEXT[parts[i]] ?? parts[i];
    }
  }
  return [places.join(', '), field].filter(Boolean).join(': ');
}
