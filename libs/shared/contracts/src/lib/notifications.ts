/** What a message in the app is about. */
export const NOTIFICATION_KINDS = ['round_reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A reminder from HR that units of a round are not signed off ("klar för enheten") yet. */
export interface RoundReminderPayload {
  roundId: string;
  roundName: string;
  /** The round's closing day, ISO `YYYY-MM-DD`. */
  closesOn: string;
  /** The recipient's units that are not done. */
  units: { id: string; name: string }[];
}

/** GET /api/notifications — the signed-in account's messages, newest first. */
export interface Notification {
  id: string;
  kind: NotificationKind;
  payload: RoundReminderPayload;
  /** Who sent it, while their account exists in the kommun. */
  senderName: string | null;
  createdAt: string;
  /** When the recipient marked it read; null while unread. */
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  unread: number;
}
