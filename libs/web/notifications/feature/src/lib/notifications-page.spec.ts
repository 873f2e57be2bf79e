import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NotificationList } from '@kl/shared/contracts';
import { NotificationsPage } from './notifications-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const list = (readAt: string | null): NotificationList => ({
  unread: readAt ? 0 : 1,
  items: [
    {
      id: 'n1',
      kind: 'round_reminder',
      senderName: 'Helena HR',
      createdAt: '2026-12-03T09:00:00Z',
      readAt,
      payload: {
        roundId: 'r1',
        roundName: 'Höst 2026',
        closesOn: '2026-12-31',
        units: [{ id: 'u1', name: 'Mottagning' }],
      },
    },
  ],
});

describe('NotificationsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists the reminders with a link to the matrix, and marks one read', async () => {
    const fixture = TestBed.createComponent(NotificationsPage);
    fixture.detectChanges();
    http.expectOne('/api/notifications').flush(list(null));
    await settle();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('h2')?.textContent).toBe('Påminnelse: Höst 2026');
    expect(root.textContent).toContain('Enheten Mottagning är ännu inte markerad som klar.');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/matris?omgang=r1');
    root.querySelector<HTMLButtonElement>('button')?.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush(null);
    await settle();
    fixture.detectChanges();
    http.expectOne('/api/notifications').flush(list('2026-12-03T10:00:00Z'));
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('button')).toBeNull();
  });
});
