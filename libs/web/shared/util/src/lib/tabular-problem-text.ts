import type { TabularProblem } from '@kl/shared/contracts';

/** The texts are shared with the API, which answers every file problem with its `message`. */
export { tabularProblemText } from '@kl/shared/util';

/** Where a problem is, as the spreadsheet shows it: "Rad 4, kolumn kon". */
export function tabularProblemPlace(problem: TabularProblem): string {
  const parts = [problem.row === null ? 'Filen' : `Rad ${problem.row}`];
  if (problem.column !== null) parts.push(`kolumn ${problem.column}`);
  return parts.join(', ');
}
