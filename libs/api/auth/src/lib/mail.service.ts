import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@kl/api/core';
import { createTransport, type Transporter } from 'nodemailer';

/** Sends the app's e-mail through SMTP_URL; without it nothing is sent. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Sends the invitation link; false when no mail server is configured or sending failed. */
  async sendInvitation(to: string, displayName: string, url: string, expiresAt: Date): Promise<boolean> {
    if (!this.transport) {
      return false;
    }
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to,
        subject: 'Inbjudan till Kompetensläget',
        text:
          `Hej ${displayName}!\n\nDu har bjudits in till Kompetensläget. Välj ditt lösenord här:\n${url}\n\n` +
          `Länken gäller en gång, till ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`,
      });
      return true;
    } catch (error) {
      this.logger.error({ event: 'mail_failed', err: error }, 'Sending the invitation failed');
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
