/**
 * A header as FORMATS.md matches it: case-insensitive, ignoring surrounding spaces and å/ä/ö
 * versus a/a/o (`Kön` = `kon`). NFC first, so that a decomposed ä (as macOS may write it) counts.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('sv-SE')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o');
}
