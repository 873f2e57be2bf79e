import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Course } from '@kl/shared/contracts';
import { CataloguePage } from './catalogue-page';
import { bbic, click, county, enter, openAs, rows, text } from './catalogue-testing';

describe('CataloguePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'utbildningar', component: CataloguePage }]),
      ],
    });
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(role: 'municipality_admin' | 'team_leader') {
    const opened = await openAs(role, '/utbildningar');
    opened.http.expectOne('/api/courses').flush([bbic, county]);
    await opened.answerTopics();
    await opened.render();
    return opened;
  }

  it('lists the kommun’s and the län’s courses with every fact in Swedish, and filters them', async () => {
    const { page, render } = await open('team_leader');
    expect(rows(page)).toEqual([
      [
        'Evidensbaserad praktik',
        'Tvådagarskurs',
        'Regional utvecklingsledare',
        '–',
        '2 dagar',
        '3 500 kr',
        'EP01 Evidensbaserad praktik, grundläggande',
        'Handläggare och arbetsledare, med socionomexamen, mindre än 2 års erfarenhet',
        'Länets',
      ],
      [
        'Utredningsmetodik med BBIC',
        'Högskolekurs',
        'Lärosäte',
        '7,5 hp',
        '10 dagar',
        '12 000 kr',
        'SA07 Utredningsmetodik, fördjupad; SA09 Utredning och bedömning av barns behov, grundläggande',
        'Handläggare',
        'Demokommun, delas i länet',
      ],
    ]);
    // Team leaders read the catalogue; only the administrator adds and changes courses.
    expect(page.querySelector('#new-course')).toBeNull();
    expect(page.querySelector('[id^="edit-"]')).toBeNull();
    expect(page.querySelector('a[href="/utbildningar/c1"]')).not.toBeNull();

    enter(page, '#filter-topic', 'SA09');
    await render();
    expect(rows(page).map((r) => r[0])).toEqual(['Utredningsmetodik med BBIC']);
    expect(text(page.querySelector('.count'))).toBe('1 av 2 kurser visas.');
    enter(page, '#filter-topic', '');
    enter(page, '#filter-provider', 'skr');
    await render();
    expect(page.querySelector('tbody')).toBeNull();
    expect(text(page.querySelector('.count'))).toBe('0 av 2 kurser visas.');
  });

  it('adds a course: the form’s own checks, then the API’s field errors at their field', async () => {
    const { http, page, render } = await open('municipality_admin');
    click(page, 'Ny kurs');
    await render();
    expect(document.activeElement?.id).toBe('course-editor-heading');
    click(page, 'Spara kursen');
    await render();
    http.expectNone('/api/courses');
    expect(text(page.querySelector('#course-title-error'))).toBe('Fyll i kursens namn.');
    expect(page.querySelector('#course-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelectorAll('.error-summary li')).toHaveLength(4);

    enter(page, '#course-title', 'Anknytning i praktiken');
    enter(page, '#course-type', 'one_day_course');
    enter(page, '#course-provider', 'municipal_association');
    enter(page, '#course-durationDays', '1');
    enter(page, '#course-costPerParticipant', '2 400,50');
    click(page, 'Lägg till inriktning');
    await render();
    enter(page, '#course-topics-0-topicCode', 'EP01');
    enter(page, '#course-topics-0-level', 'advanced');
    enter(page, '#course-targetGroup-role', 'team_leader');
    enter(page, '#course-targetGroup-experience', 'over4');
    await render();
    click(page, 'Spara kursen');
    await render();
    const request = http.expectOne({ method: 'POST', url: '/api/courses' });
    expect(request.request.body).toEqual({
      title: 'Anknytning i praktiken',
      type: 'one_day_course',
      provider: 'municipal_association',
      credits: null,
      durationDays: '1',
      costPerParticipant: '2400.50',
      topics: [{ topicCode: 'EP01', level: 'advanced' }],
      targetGroup: { role: 'team_leader', degree: 'any', experience: 'over4' },
      shared: false,
    });
    request.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: { 'topics.0.topicCode': 'invalid_value' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(text(page.querySelector('#course-topics-0-topicCode-error'))).toBe(
      'Inriktningen finns inte i något publicerat ramverk.',
    );
    expect(page.querySelector('#course-topics-0-topicCode')?.getAttribute('aria-describedby')).toBe(
      'course-topics-0-topicCode-error',
    );
    expect(text(page.querySelector('.error-summary li'))).toBe(
      'Inriktning 1: Inriktningen finns inte i något publicerat ramverk.',
    );

    click(page, 'Spara kursen');
    const created: Course = {
      ...bbic,
      id: 'c3',
      title: 'Anknytning i praktiken',
      editable: true,
      version: 1,
    };
    http.expectOne({ method: 'POST', url: '/api/courses' }).flush(created);
    await render();
    expect(page.querySelector('kl-course-editor')).toBeNull();
    expect(text(page.querySelector('.done'))).toBe('Kursen Anknytning i praktiken är sparad.');
    expect(rows(page).map((r) => r[0])).toEqual([
      'Anknytning i praktiken',
      'Evidensbaserad praktik',
      'Utredningsmetodik med BBIC',
    ]);
  });

  it('changes a course onto the version read, and shows a newer one as a conflict to decide', async () => {
    const { http, page, render } = await open('municipality_admin');
    // The län's course is not the kommun's to change.
    expect(page.querySelector('#edit-c2')).toBeNull();
    (page.querySelector('#edit-c1') as HTMLButtonElement).click();
    await render();
    expect((page.querySelector('#course-costPerParticipant') as HTMLInputElement).value).toBe(
      '12000',
    );
    expect((page.querySelector('#course-credits') as HTMLInputElement).value).toBe('7,5');
    expect((page.querySelector('#course-type') as HTMLSelectElement).value).toBe(
      'university_course',
    );
    enter(page, '#course-costPerParticipant', '11000');
    click(page, 'Spara ändringarna');
    const first = http.expectOne({ method: 'PUT', url: '/api/courses/c1' });
    expect(first.request.body).toMatchObject({ costPerParticipant: '11000', version: 2 });
    const theirs: Course = {
      ...bbic,
      title: 'Utredningsmetodik med BBIC, fördjupning',
      version: 3,
    };
    first.flush(
      { statusCode: 409, code: 'STALE_VERSION', message: 'stale', current: theirs },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(text(page.querySelector('#course-conflict-heading'))).toBe(
      'Någon annan har ändrat kursen',
    );
    expect(rows(page, 'kl-conflict-panel tbody tr')).toEqual([
      ['Kursens namn', 'Utredningsmetodik med BBIC, fördjupning', 'Utredningsmetodik med BBIC'],
      ['Kostnad per deltagare', '12 000 kr', '11 000 kr'],
    ]);

    click(page, 'Skriv över med mina ändringar');
    const second = http.expectOne({ method: 'PUT', url: '/api/courses/c1' });
    expect(second.request.body).toMatchObject({
      title: 'Utredningsmetodik med BBIC',
      costPerParticipant: '11000',
      version: 3,
    });
    second.flush({ ...bbic, costPerParticipant: '11000.00', version: 4 });
    await render();
    expect(text(page.querySelector('.done'))).toBe(
      'Ändringarna i Utredningsmetodik med BBIC är sparade.',
    );
    expect(rows(page)[1][5]).toBe('11 000 kr');
    expect(document.activeElement?.id).toBe('edit-c1');
  });
});
