import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConflictPanel, type ConflictRow } from './conflict-panel';

@Component({
  imports: [ConflictPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<kl-conflict-panel heading="Någon annan har ändrat målnivåerna" itemHeading="Inriktning" [rows]="rows()" (keepTheirs)="chosen.set('theirs')" (overwrite)="chosen.set('mine')" />`,
})
class Host {
  readonly rows = signal<ConflictRow[]>([{ label: 'JU01 Förvaltningsrätt', theirs: 'Fördjupad', mine: 'Grundläggande' }]);
  readonly chosen = signal('');
}

describe('ConflictPanel', () => {
  it('shows both values under the texts it is given, takes the focus, and reports the choice', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const heading = root.querySelector('h2') as HTMLElement;
    expect(heading.textContent).toBe('Någon annan har ändrat målnivåerna');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(document.activeElement).toBe(heading);
    expect(Array.from(root.querySelectorAll('th, td')).map((cell) => cell.textContent)).toEqual([
      'Inriktning', 'Sparat av någon annan', 'Dina ändringar', 'JU01 Förvaltningsrätt', 'Fördjupad', 'Grundläggande',
    ]);
    (root.querySelector('.button-primary') as HTMLButtonElement).click();
    expect(fixture.componentInstance.chosen()).toBe('mine');
    fixture.componentInstance.rows.set([]);
    fixture.detectChanges();
    expect(root.textContent).toContain('Den andra ändringen gäller samma värden som dina.');
    fixture.nativeElement.remove();
  });
});
