import { Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  type MailMessage,
  MailService,
  NotFoundError,
  ScopedData,
} from '@kl/api/core';
import type {
  Notification,
  NotificationKind,
  NotificationList,
  RoundReminderPayload,
} from '@kl/shared/contracts';

/** Someone to tell: an account of the kommun, and its e-mail for the copy by mail. */
export interface Recipient {
  userId: string;
  email: string;
  mail: Omit<MailMessage, 'to'>;
}

const LIST_LIMIT = 50;

/** Messages in the app, with a copy by e-mail when a mail server is configured. */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly data: ScopedData,
    private readonly mail: MailService,
  ) {}

  /** The caller's own messages, newest first, and how many are unread. */
  list(actor: Actor): Promise<NotificationList> {
    return this.data.inKommun(actor, async (tx) => {
      const items = await tx.query<Notification>(
        `SELECT n.id, n.kind, n.payload, a.display_name AS "senderName", n.created_at AS "createdAt", n.read_at AS "readAt"
         FROM notification n LEFT JOIN user_account a ON a.id = n.sender_user_id
         WHERE n.municipality_id = $1 AND n.recipient_user_id = $2
         ORDER BY n.created_at DESC, n.id LIMIT $3`,
        [tx.municipalityId, actor.userId, LIST_LIMIT],
      );
      const [{ unread }] = await tx.query<{ unread: number }>(
        `SELECT count(*)::int AS unread FROM notification
         WHERE municipality_id = $1 AND recipient_user_id = $2 AND read_at IS NULL`,
        [tx.municipalityId, actor.userId],
      );
      return { items, unread };
    });
  }

  /** Marks one of the caller's messages read; anyone else's is 404. */
  markRead(actor: Actor, id: string): Promise<void> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const rows = await tx.modify<{ id: string }>(
          `UPDATE notification SET read_at = coalesce(read_at, now())
         WHERE id = $1 AND municipality_id = $2 AND recipient_user_id = $3 RETURNING id`,
          [id, tx.municipalityId, actor.userId],
        );
        if (rows.length === 0) throw new NotFoundError('Notification');
      },
      'Notification',
    );
  }

  /**
   * Stores one message per recipient in the caller's transaction. Returns the e-mails to send
   * once that transaction has committed ({@link mailAll}): a rolled-back reminder sends nothing.
   */
  async store(
    tx: KommunTransaction,
    kind: NotificationKind,
    payloads: { recipient: Recipient; payload: RoundReminderPayload }[],
  ): Promise<MailMessage[]> {
    if (payloads.length === 0) return [];
    await tx.query(
      `INSERT INTO notification (municipality_id, recipient_user_id, sender_user_id, kind, payload)
       SELECT $1, x.recipient, $2, $3, x.payload FROM unnest($4::uuid[], $5::jsonb[]) AS x(recipient, payload)`,
      [
        tx.municipalityId,
        tx.actorUserId,
        kind,
        payloads.map((p) => p.recipient.userId),
        payloads.map((p) => JSON.stringify(p.payload)),
      ],
    );
    return payloads.map(({ recipient }) => ({ to: recipient.email, ...recipient.mail }));
  }

  /** Sends the e-mails; answers how many went out (none without a mail server). */
  async mailAll(messages: readonly MailMessage[]): Promise<number> {
    if (!this.mail.configured) return 0;
    let sent = 0;
    for (const message of messages) {
      if (await this.mail.send(message)) sent += 1;
    }
    if (sent < messages.length)
      this.logger.warn(
        { event: 'reminder_mail_failed', failed: messages.length - sent },
        'Some reminders were not mailed',
      );
    return sent;
  }
}
