import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CourseSession } from '@kl/shared/contracts';
import { bbic, cellText, click, enter, openAs, rows, text } from './catalogue-testing';
import { CoursePage } from './course-page';

const session = (over: Partial<CourseSession>): CourseSession => ({
  id: 's1',
  courseId: 'c1',
  courseTitle: bbic.title,
  owner: { kind: 'kommun', municipalityId: 'm' },
  startsOn: '2027-03-10',
  endsOn: '2027-03-11',
  place: 'Stadshuset',
  online: false,
  capacity: 12,
  seats: [{ municipalityCode: '0180', municipalityName: 'Stockholm', seats: 4 }],
  ourSeats: 8,
  ourTaken: 3,
  version: 1,
  ...over,
});

describe('CoursePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'utbildningar/:id', component: CoursePage }]),
      ],
    });
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function open(role: 'municipality_admin' | 'team_leader') {
    const opened = await openAs(role, '/utbildningar/c1');
    // The API marks a course editable for the kommun's administrator only.
    opened.http
      .expectOne('/api/courses/c1')
      .flush({ ...bbic, editable: role === 'municipality_admin' });
    // The calendar holds every course's sessions; the page shows this course's.
    opened.http
      .expectOne('/api/sessions')
      .flush([session({}), session({ id: 'other', courseId: 'c2', courseTitle: 'Annan kurs' })]);
    await opened.answerTopics();
    await opened.render();
    return opened;
  }

  it('shows the course, its sessions with the kommun’s seats, and where to book', async () => {
    const { page } = await open('team_leader');
    expect(text(page.querySelector('h1'))).toBe('Utredningsmetodik med BBIC');
    const facts = Array.from(page.querySelectorAll('dl.details dt')).map((dt) => [
      text(dt),
      cellText(dt.nextElementSibling),
    ]);
    expect(facts).toEqual([
      ['Typ av utbildning', 'Högskolekurs'],
      ['Anordnare', 'Lärosäte'],
      ['Högskolepoäng', '7,5 hp'],
      ['Längd', '10 dagar'],
      ['Kostnad per deltagare', '12 000 kr'],
      [
        'Inriktningar och nivå',
        'SA07 Utredningsmetodik, fördjupad; SA09 Utredning och bedömning av barns behov, grundläggande',
      ],
      ['Målgrupp', 'Handläggare'],
      ['Ägs av', 'Demokommun, delas i länet'],
    ]);
    expect(rows(page)).toEqual([
      ['2027-03-10 – 2027-03-11', 'Stadshuset', '12', '8', '3', '5', 'Stockholm: 4'],
    ]);
    expect(page.querySelector('a[href="/kompetensglapp"]')).not.toBeNull();
    // Team leaders read; they neither change the course nor add sessions.
    expect(page.querySelector('#edit-course')).toBeNull();
    expect(page.querySelector('kl-session-editor')).toBeNull();
  });

  it('adds a session: the API’s refusal of a kommun code at its field, then the new row', async () => {
    const { http, page, render } = await open('municipality_admin');
    expect(page.querySelector('#edit-course')).not.toBeNull();
    click(page, 'Spara kurstillfället');
    await render();
    http.expectNone('/api/courses/c1/sessions');
    expect(text(page.querySelector('#session-capacity-error'))).toBe('Fyll i antal platser.');

    enter(page, '#session-startsOn', '2027-05-12');
    enter(page, '#session-endsOn', '2027-05-12');
    enter(page, '#session-place', 'Folkets hus');
    (page.querySelector('#session-online') as HTMLInputElement).click();
    enter(page, '#session-capacity', '20');
    click(page, 'Ge platser till en kommun');
    await render();
    expect(document.activeElement?.id).toBe('session-seats-0-municipalityCode');
    enter(page, '#session-seats-0-municipalityCode', '0999');
    enter(page, '#session-seats-0-seats', '5');
    await render();
    click(page, 'Spara kurstillfället');
    const first = http.expectOne({ method: 'POST', url: '/api/courses/c1/sessions' });
    expect(first.request.body).toEqual({
      startsOn: '2027-05-12',
      endsOn: '2027-05-12',
      place: 'Folkets hus',
      online: true,
      capacity: 20,
      seats: [{ municipalityCode: '0999', seats: 5 }],
    });
    first.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: { 'seats.0.municipalityCode': 'invalid_value' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await render();
    expect(text(page.querySelector('#session-seats-0-municipalityCode-error'))).toBe(
      'Kommunkoden hör inte till en annan kommun i länet.',
    );
    expect(document.activeElement?.id).toBe('session-error-summary');

    enter(page, '#session-seats-0-municipalityCode', '0180');
    await render();
    expect(page.querySelector('#session-seats-0-municipalityCode-error')).toBeNull();
    click(page, 'Spara kurstillfället');
    http.expectOne({ method: 'POST', url: '/api/courses/c1/sessions' }).flush(
      session({
        id: 's2',
        startsOn: '2027-05-12',
        endsOn: '2027-05-12',
        place: 'Folkets hus',
        online: true,
        capacity: 20,
        seats: [{ municipalityCode: '0180', municipalityName: 'Stockholm', seats: 5 }],
        ourSeats: 15,
        ourTaken: 0,
      }),
    );
    await render();
    expect(text(page.querySelector('.done'))).toBe('Kurstillfället 2027-05-12 är sparat.');
    expect(rows(page)[1]).toEqual([
      '2027-05-12',
      'Folkets hus och distans',
      '20',
      '15',
      '0',
      '15',
      'Stockholm: 5',
    ]);
    expect((page.querySelector('#session-capacity') as HTMLInputElement).value).toBe('');
  });
});
