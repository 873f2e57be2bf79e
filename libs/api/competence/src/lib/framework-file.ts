import { readTable, toFieldErrors } from '@kl/api/core';
import {
  type FieldErrorCode,
  type FileProblem,
  FRAMEWORK_DOCUMENT_LIMITS,
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_FORMAT_VERSION,
  type FrameworkDocument,
  type FrameworkImportPreview,
  type TabularProblem,
} from '@kl/shared/contracts';
import { fieldErrorText, fileProblem } from '@kl/shared/util';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateFrameworkDto } from './dto/framework.dto';
import { documentPathText, documentRuleErrors } from './framework-document';
import { documentFromSheet, FRAMEWORK_SHEET_COLUMNS, placeOf, SHEET_COLUMNS, type SheetPlaces } from './framework-sheet';

/** A framework file is small: a few hundred rows at most. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 1 + 3 + FRAMEWORK_DOCUMENT_LIMITS.areas * (1 + FRAMEWORK_DOCUMENT_LIMITS.topicsPerArea);

/**
 * Every error of a framework document: each field's rule (the same DTO as POST /api/frameworks)
 * and the rules that span fields, by path (`areas.0.topics.1.code`).
 */
export async function documentErrors(body: unknown): Promise<{ document: CreateFrameworkDto; errors: Record<string, FieldErrorCode> }> {
  const document = plainToInstance(CreateFrameworkDto, body);
  const fieldErrors = toFieldErrors(
    await validate(document, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, stopAtFirstError: true }),
  );
  const errors = Object.keys(fieldErrors).length > 0 ? fieldErrors : documentRuleErrors(document);
  return { document, errors };
}

const startsLikeJson = (bytes: Uint8Array): boolean => {
  const text = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[');
};

/**
 * Reads a framework file, JSON or XLSX/CSV (told apart by its first bytes), and checks it as a
 * new framework would be checked. Never writes; a file with any problem gives no framework.
 */
export async function readFrameworkFile(bytes: Uint8Array): Promise<FrameworkImportPreview> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { format: 'json', framework: null, problems: [fileProblem({ row: null, column: null, code: 'file_too_large' })] };
  return startsLikeJson(bytes) ? readJson(bytes) : readSheet(bytes);
}

async function readJson(bytes: Uint8Array): Promise<FrameworkImportPreview> {
  const fail = (problems: FileProblem[]): FrameworkImportPreview => ({ format: 'json', framework: null, problems });
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return fail([{ row: null, column: null, code: 'file_unreadable', message: 'Filen går inte att läsa som JSON. Kontrollera att den är en kompetensmodell exporterad som JSON.' }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail([jsonProblem('', 'invalid_type')]);
  const { format, formatVersion, ...rest } = body as Record<string, unknown>;
  if (format !== FRAMEWORK_FILE_FORMAT) return fail([jsonProblem('format', 'invalid_value', `Filen är inte en kompetensmodell: format ska vara ”${FRAMEWORK_FILE_FORMAT}”.`)]);
  if (formatVersion !== FRAMEWORK_FILE_FORMAT_VERSION) return fail([jsonProblem('formatVersion', 'invalid_value', `Formatversionen stöds inte (den här versionen läser ${FRAMEWORK_FILE_FORMAT_VERSION}).`)]);
  const { document, errors } = await documentErrors(rest);
  const problems = Object.entries(errors).map(([path, code]) => jsonProblem(path, code));
  return problems.length > 0 ? fail(problems) : { format: 'json', framework: plainDocument(document), problems: [] };
}

/** The text of a document's error: the rule that spans the levels has words of its own. */
function ruleText(path: string, code: FieldErrorCode): string {
  return path === 'levels' ? 'Alla tre nivåerna (S, G och F) ska finnas, var och en en gång.' : fieldErrorText(code);
}

function jsonProblem(path: string, code: FieldErrorCode, message?: string): FileProblem {
  const where = path === 'levels' ? '' : documentPathText(path);
  const text = message ?? ruleText(path, code);
  return { row: null, column: path || null, code, message: where && !message ? `${capitalise(where)}: ${text}` : text };
}

async function readSheet(bytes: Uint8Array): Promise<FrameworkImportPreview> {
  const table = await readTable(bytes, FRAMEWORK_SHEET_COLUMNS, {
    maxBytes: MAX_FILE_BYTES,
    maxRows: MAX_ROWS,
    maxCellLength: FRAMEWORK_DOCUMENT_LIMITS.definitionLength,
  });
  const problems: TabularProblem[] = [...table.problems];
  const { document, places } = table.problems.length === 0 ? documentFromSheet(table.rows, problems) : { document: null, places: new Map() as SheetPlaces };
  if (!document || problems.length > 0) return { format: table.format, framework: null, problems: problems.map(sheetProblem) };
  const { document: checked, errors } = await documentErrors(document);
  const ruleProblems = Object.entries(errors).map(([path, code]) => ({ ...placeOf(places, path), code, message: ruleText(path, code) }));
  return ruleProblems.length > 0
    ? { format: table.format, framework: null, problems: ruleProblems }
    : { format: table.format, framework: plainDocument(checked), problems: [] };
}

function sheetProblem(problem: TabularProblem): FileProblem {
  if (problem.row === null && problem.column === SHEET_COLUMNS.kind && problem.code === 'required') {
    return { ...problem, message: 'Filen saknar raden av typen kompetensmodell (kod, namn och verksamhetsområde).' };
  }
  return fileProblem(problem);
}

/** The validated DTO as a plain document (trimmed values, nothing else). */
function plainDocument(dto: CreateFrameworkDto): FrameworkDocument {
  return {
    code: dto.code,
    name: dto.name,
    serviceAreaCode: dto.serviceAreaCode,
    source: dto.source ?? null,
    levels: dto.levels.map(({ level, name, definition }) => ({ level, name, definition })),
    areas: dto.areas.map((area) => ({
      code: area.code,
      name: area.name,
      topics: area.topics.map((topic) => ({ code: topic.code, name: topic.name, note: topic.note ?? null })),
    })),
  };
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
