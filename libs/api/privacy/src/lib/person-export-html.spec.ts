import { personExportHtml } from './person-export-html';
import { monthsBefore } from './privacy.service';

describe('personExportHtml', () => {
  it('writes every field of every row, escaped, and says when a section is empty', () => {
    const html = personExportHtml({
      staffMemberId: 's1',
      generatedAt: '2026-12-03T12:00:00.000Z',
      sections: [
        { table: 'staff_member', title: 'Personuppgifter', rows: [{ first_name: 'Åsa', note: '<script>x</script>' }] },
        { table: 'assessment', title: 'Bedömningar', rows: [] },
        { table: 'audit_event', title: 'Historik', rows: [{ after: { fte: 0.5 } }] },
      ],
    });
    expect(html).toContain('<th scope="col">first_name</th>');
    expect(html).toContain('<td>Åsa</td>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h2>Bedömningar</h2><p>Inga uppgifter.</p>');
    expect(html).toContain('{&quot;fte&quot;:0.5}');
  });
});

describe('monthsBefore', () => {
  it.each([
    ['2026-12-03', 24, '2024-12-03'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-01-15', 13, '2024-12-15'],
  ])('%s minus %i months is %s', (date, months, expected) => expect(monthsBefore(date, months)).toBe(expected));
});
