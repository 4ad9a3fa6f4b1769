import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { MailOutboxEntity } from '../entities/mail.entities';

export interface MailOptions {
  /** `smtp://host:port` (or smtps://); null = demo mode, messages go to the outbox table. */
  smtpUrl: string | null;
  from: string;
}
export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface Message {
  to: string;
  subject: string;
  text: string;
}

/** Sends through SMTP (nodemailer) when SMTP_URL is set, otherwise keeps the message in the outbox. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly dataSource: DataSource,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : null;
  }

  get via(): 'smtp' | 'outbox' {
    return this.transport ? 'smtp' : 'outbox';
  }

  async send(message: Message): Promise<void> {
    if (!this.transport) {
      await this.dataSource.getRepository(MailOutboxEntity).insert({ id: randomUUID(), toAddress: message.to, subject: message.subject, body: message.text });
      return;
    }
    await this.transport.sendMail({ from: this.options.from, to: message.to, subject: message.subject, text: message.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
