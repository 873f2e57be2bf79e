import type { Notification } from '@kl/shared/contracts';
import { notificationsLinkText, notificationText } from './notification-text';

const reminder = (units: string[], senderName: string | null = 'Helena HR'): Notification => ({
  id: 'n1',
  kind: 'round_reminder',
  senderName,
  createdAt: '2026-12-03T09:00:00Z',
  readAt: null,
  payload: {
    roundId: 'r',
    roundName: 'Höst 2026',
    closesOn: '2026-12-31',
    units: units.map((name, i) => ({ id: `u${i}`, name })),
  },
});

describe('notificationText', () => {
  it('says which round, when it closes and which units are not done', () => {
    expect(notificationText(reminder(['Mottagning']))).toEqual({
      heading: 'Påminnelse: Höst 2026',
      text: 'Helena HR påminner om inventeringsomgången Höst 2026, som stänger 2026-12-31. Enheten Mottagning är ännu inte markerad som klar.',
    });
    expect(notificationText(reminder(['A', 'B', 'C'], null)).text).toBe(
      'Personalavdelningen påminner om inventeringsomgången Höst 2026, som stänger 2026-12-31. Enheterna A, B och C är ännu inte markerade som klara.',
    );
  });

  it('counts the unread in the link', () => {
    expect(notificationsLinkText(0)).toBe('Meddelanden');
    expect(notificationsLinkText(1)).toBe('Meddelanden (1 oläst)');
    expect(notificationsLinkText(3)).toBe('Meddelanden (3 olästa)');
  });
});
