import { Injectable, Logger } from '@nestjs/common';
import { MailService } from '@kl/api/core';
import type { InvitationCreated, UserAccountSummary } from '@kl/shared/contracts';
import type { CreatedInvitation } from './account-records';

/**
 * Delivers an invitation once it is committed: by e-mail when a mail server is configured;
 * otherwise (or when sending failed) the link goes to the administrator to pass on, and is logged.
 */
@Injectable()
export class InvitationMailer {
  private readonly logger = new Logger('Users');

  constructor(private readonly mail: MailService) {}

  async deliver(created: CreatedInvitation): Promise<InvitationCreated> {
    const { user, url, expiresAt } = created;
    const emailSent = await this.mail.send(invitationMail(user, url, expiresAt));
    if (!emailSent) {
      this.logger.log(
        { event: 'invitation_link', accountId: user.id, invitationUrl: url, smtpConfigured: this.mail.configured },
        'Invitation link for the administrator to pass on',
      );
    }
    return { user, emailSent, invitationUrl: emailSent ? null : url, expiresAt: expiresAt.toISOString() };
  }
}

function invitationMail(user: UserAccountSummary, url: string, expiresAt: Date) {
  return {
    to: user.email,
    subject: 'Inbjudan till Kompetensläget',
    text:
      `Hej ${user.displayName}!\n\nDu har bjudits in till Kompetensläget. Välj ditt lösenord här:\n${url}\n\n` +
      `Länken gäller en gång, till ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`,
  };
}
