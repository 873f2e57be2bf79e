import type { PersonDataExport } from '@kl/shared/contracts';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The readable export: one table per section, every field of every row, in a page any browser opens. */
export function personExportHtml(data: PersonDataExport): string {
  const sections = data.sections.map((section) => {
    const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
    const body =
      section.rows.length === 0
        ? '<p>Inga uppgifter.</p>'
        : `<table><thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead><tbody>${section.rows
            .map((row) => `<tr>${columns.map((c) => `<td>${escape(cellText(row[c]))}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
    return `<section><h2>${escape(section.title)}</h2>${body}</section>`;
  });
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Registerutdrag – Kompetensläget</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>
</head><body><h1>Registerutdrag</h1>
<p>Allt Kompetensläget har om personen, uttaget ${escape(data.generatedAt)}. Samma uppgifter finns maskinläsbart i JSON-utdraget.</p>
${sections.join('\n')}
</body></html>
`;
}
