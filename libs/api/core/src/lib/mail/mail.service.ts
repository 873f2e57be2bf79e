import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

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

  /** False when no mail server is configured or sending failed (logged): mail is never the only channel. */
  async send(message: MailMessage): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, ...message });
      return true;
    } catch (error) {
      this.logger.error({ event: 'mail_failed', err: error, subject: message.subject }, 'Sending e-mail failed');
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
