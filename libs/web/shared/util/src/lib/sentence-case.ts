/** A label as the start of a sentence or a table heading: "fortbildning" → "Fortbildning". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
