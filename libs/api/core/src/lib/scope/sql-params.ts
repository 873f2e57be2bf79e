/**
 * The parameters of one SQL statement, built as the statement is: `add` returns the placeholder
 * (`$3`, or `$3::uuid[]` with a cast) of the value it appends, so conditions written by different
 * hands share one list without counting.
 */
export class SqlParams {
  readonly values: unknown[];
  private readonly shared = new Map<string, string>();

  constructor(...initial: unknown[]) {
    this.values = [...initial];
  }

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }

  /** A value every condition of the statement may name (the kommun): added once, then reused. */
  once(key: string, value: unknown, cast?: string): string {
    let placeholder = this.shared.get(key);
    if (!placeholder) this.shared.set(key, (placeholder = this.add(value, cast)));
    return placeholder;
  }
}
