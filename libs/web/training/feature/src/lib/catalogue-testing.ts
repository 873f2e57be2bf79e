import type { CompetenceFrameworkDetail, Course, Role } from '@kl/shared/contracts';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@kl/web/auth/data-access';

/** Fixtures and helpers the catalogue's page specs share (not exported from the lib). */
export const framework = {
  id: 'f1',
  code: 'BOU-2016',
  version: 1,
  status: 'published',
  municipalityId: null,
  name: 'BoU',
  areas: [
    {
      id: 'a1',
      code: 'SA',
      name: 'Socialt arbete',
      position: 1,
      topics: [
        { id: 't1', code: 'SA07', name: 'Utredningsmetodik', position: 1 },
        { id: 't2', code: 'SA09', name: 'Utredning och bedömning av barns behov', position: 2 },
      ],
    },
    {
      id: 'a2',
      code: 'EP',
      name: 'Evidens',
      position: 2,
      topics: [{ id: 't3', code: 'EP01', name: 'Evidensbaserad praktik', position: 1 }],
    },
  ],
} as unknown as CompetenceFrameworkDetail;

export const bbic: Course = {
  id: 'c1',
  owner: { kind: 'kommun', municipalityId: 'm' },
  ownerName: 'Demokommun',
  shared: true,
  title: 'Utredningsmetodik med BBIC',
  type: 'university_course',
  provider: 'university',
  credits: '7.5',
  durationDays: '10.0',
  costPerParticipant: '12000.00',
  topics: [
    { topicCode: 'SA07', level: 'advanced' },
    { topicCode: 'SA09', level: 'basic' },
  ],
  targetGroup: { role: 'caseworker', degree: 'any', experience: 'any' },
  editable: true,
  version: 2,
};

export const county: Course = {
  id: 'c2',
  owner: { kind: 'county', countyCode: '01' },
  ownerName: null,
  shared: true,
  title: 'Evidensbaserad praktik',
  type: 'two_day_course',
  provider: 'regional_development_leader',
  credits: null,
  durationDays: '2.0',
  costPerParticipant: '3500.00',
  topics: [{ topicCode: 'EP01', level: 'basic' }],
  targetGroup: { role: null, degree: 'social_work', experience: 'under2' },
  editable: false,
  version: 1,
};

export const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim();

/** A cell's text; a list in it as its items joined by "; ". */
export function cellText(cell: Element | null | undefined): string | undefined {
  const items = cell ? Array.from(cell.querySelectorAll('li')) : [];
  return items.length > 0 ? items.map((li) => text(li)).join('; ') : text(cell);
}

export function rows(root: HTMLElement, selector = 'tbody tr'): (string | undefined)[][] {
  return Array.from(root.querySelectorAll(selector)).map((row) =>
    Array.from(row.children).map((cell) => cellText(cell)),
  );
}

/** Types into an input or chooses in a select, as a person would (the page listens to input and change). */
export function enter(root: HTMLElement, selector: string, value: string): void {
  const element = root.querySelector(selector) as HTMLInputElement | HTMLSelectElement | null;
  if (!element) throw new Error(`No ${selector}`);
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
}

export function click(root: HTMLElement, label: string | RegExp): void {
  const button = Array.from(root.querySelectorAll('button')).find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b) ?? ''),
  );
  if (!button) throw new Error(`No button ${label}`);
  button.click();
}

/** Signs in as `role`, opens `url` and answers the framework topics the page asks for. */
export async function openAs(role: Role, url: string) {
  const http = TestBed.inject(HttpTestingController);
  const load = TestBed.inject(AuthStore).load();
  http
    .expectOne('/api/auth/session')
    .flush({ userId: 'me', displayName: 'Eva', email: 'e@k.se', role, unitIds: [] });
  await load;
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const page = harness.routeNativeElement as HTMLElement;
  const render = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  const answerTopics = async () => {
    http.expectOne('/api/frameworks').flush([framework]);
    await render();
    http.expectOne('/api/frameworks/f1').flush(framework);
  };
  return { http, page, render, answerTopics };
}
