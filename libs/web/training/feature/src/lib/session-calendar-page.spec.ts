import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CourseSession } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { rows, text } from './catalogue-testing';
import { SessionCalendarPage } from './session-calendar-page';

const session = (
  id: string,
  startsOn: string,
  endsOn: string,
  over: Partial<CourseSession> = {},
): CourseSession => ({
  id,
  courseId: `course-${id}`,
  courseTitle: `Kurs ${id}`,
  owner: { kind: 'kommun', municipalityId: 'm' },
  startsOn,
  endsOn,
  place: 'Stadshuset',
  online: false,
  capacity: 12,
  seats: [],
  ourSeats: 12,
  ourTaken: 0,
  version: 1,
  ...over,
});

describe('SessionCalendarPage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'utbildningstillfallen', component: SessionCalendarPage }]),
      ],
    });
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the upcoming sessions month by month with the kommun’s free seats', async () => {
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/utbildningstillfallen');
    const page = harness.routeNativeElement as HTMLElement;
    http
      .expectOne(`/api/sessions?from=${todayInSweden()}`)
      .flush([
        session('a', '2027-03-10', '2027-03-11', { ourSeats: 8, ourTaken: 3 }),
        session('b', '2027-03-30', '2027-03-30', { place: null, online: true, ourTaken: 12 }),
        session('c', '2027-04-02', '2027-04-02', { ourSeats: 0 }),
      ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.detectChanges();
    await harness.fixture.whenStable();

    const months = Array.from(page.querySelectorAll('section')).map((section) => ({
      heading: text(section.querySelector('h2')),
      caption: text(section.querySelector('caption')),
      rows: rows(section),
    }));
    expect(months).toEqual([
      {
        heading: 'Mars 2027',
        caption: 'Kurstillfällen i mars 2027',
        rows: [
          ['Kurs a', '2027-03-10 – 2027-03-11', 'Stadshuset', '8', '3', '5'],
          ['Kurs b', '2027-03-30', 'Distans', '12', '12', '0'],
        ],
      },
      {
        heading: 'April 2027',
        caption: 'Kurstillfällen i april 2027',
        rows: [['Kurs c', '2027-04-02', 'Stadshuset', '0', '0', '0']],
      },
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/utbildningar/course-a');
  });
});
