import type { FieldErrorCode, TabularProblem, TabularProblemCode } from '@kl/shared/contracts';
import { parseChoice, parseDate, parseDecimal, parseInteger, parseText, parseYesNo, type Parsed } from './cell-values';
import type { CellValue, TabularRow } from './tabular-types';

interface Rule {
  required?: boolean;
}

/**
 * Reads one row's values by column, adding a problem (with the row and column) for each value
 * that does not parse or is missing where required. A cell already reported by the reader (a
 * formula, an error value) gives null without a second problem.
 */
export class RowReader {
  private failures = 0;

  constructor(
    private readonly source: TabularRow,
    private readonly problems: TabularProblem[],
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** True while no value of this row has had a problem. */
  get valid(): boolean {
    return this.failures === 0 && this.source.reported.size === 0;
  }

  has(column: string): boolean {
    return this.source.has(column);
  }

  /** Adds a problem at this row, e.g. a domain rule that spans columns. */
  report(column: string | null, code: TabularProblemCode | FieldErrorCode): void {
    this.failures++;
    this.problems.push({ row: this.source.row, column, code });
  }

  text(column: string, rule: Rule & { maxLength: number }): string | null {
    return this.read(column, rule, (cell) => parseText(cell, rule.maxLength));
  }

  decimal(column: string, rule: Rule & { min?: number; max?: number } = {}): number | null {
    return this.bounded(column, rule, parseDecimal);
  }

  integer(column: string, rule: Rule & { min?: number; max?: number } = {}): number | null {
    return this.bounded(column, rule, parseInteger);
  }

  date(column: string, rule: Rule = {}): string | null {
    return this.read(column, rule, parseDate);
  }

  yesNo(column: string, rule: Rule = {}): boolean | null {
    return this.read(column, rule, parseYesNo);
  }

  choice<T>(column: string, choices: ReadonlyMap<string, T>, rule: Rule = {}): T | null {
    return this.read(column, rule, (cell) => parseChoice(cell, choices));
  }

  private bounded(
    column: string,
    rule: Rule & { min?: number; max?: number },
    parse: (cell: CellValue) => Parsed<number | null>,
  ): number | null {
    const value = this.read(column, rule, parse);
    if (value === null) return null;
    if (rule.min !== undefined && value < rule.min) return this.fail(column, 'min');
    if (rule.max !== undefined && value > rule.max) return this.fail(column, 'max');
    return value;
  }

  private read<T>(column: string, rule: Rule, parse: (cell: CellValue) => Parsed<T | null>): T | null {
    if (this.source.reported.has(column)) return null;
    const parsed = parse(this.source.cell(column));
    if (!parsed.ok) return this.fail(column, parsed.code);
    if (parsed.value === null && rule.required) return this.fail(column, 'required');
    return parsed.value;
  }

  private fail(column: string, code: TabularProblemCode | FieldErrorCode): null {
    this.report(column, code);
    return null;
  }
}
