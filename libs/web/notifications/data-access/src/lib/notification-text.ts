import type { Notification } from '@kl/shared/contracts';

/** A message's heading and text in Swedish, by kind. */
export function notificationText(notification: Notification): { heading: string; text: string } {
  const { payload } = notification;
  const units = payload.units.map((u) => u.name);
  const list =
    units.length <= 1
      ? units.join('')
      : `${units.slice(0, -1).join(', ')} och ${units[units.length - 1]}`;
  return {
    heading: `Påminnelse: ${payload.roundName}`,
    text:
      `${notification.senderName ?? 'Personalavdelningen'} påminner om inventeringsomgången ${payload.roundName}, ` +
      `som stänger ${payload.closesOn}. ${units.length === 1 ? 'Enheten' : 'Enheterna'} ${list} är ännu inte ` +
      `${units.length === 1 ? 'markerad' : 'markerade'} som klar${units.length === 1 ? '' : 'a'}.`,
  };
}

/** "Meddelanden (2 olästa)" in the header; without unread ones just "Meddelanden". */
export function notificationsLinkText(unread: number): string {
  return unread === 0
    ? 'Meddelanden'
    : `Meddelanden (${unread} ${unread === 1 ? 'oläst' : 'olästa'})`;
}
