import type { AddressInfo } from 'node:net';
import { createTestApp, signIn, signInAs, type TestApp } from '@kl/api/testing';
import type { InvitationCreated } from '@kl/shared/contracts';
import { SMTPServer } from 'smtp-server';

describe('invitation by e-mail when a mail server is configured', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: { to: string[]; text: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://kompetens.test', MAIL_FROM: 'Kompetensläget <noreply@kompetens.test>' },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the one-time link by e-mail and does not hand it to the administrator', async () => {
    const admin = await signInAs(t, 'municipality_admin');
    const response = await admin
      .post('/api/users/invitations')
      .send({ email: 'mejl.mottagare@stockholm.example', displayName: 'Mejl Mottagare', role: 'caseworker' })
      .expect(201);
    const invitation = response.body as InvitationCreated;
    expect(invitation).toMatchObject({ emailSent: true, invitationUrl: null, user: { status: 'invited' } });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['mejl.mottagare@stockholm.example']);
    // The body is quoted-printable (Swedish letters): undo soft line breaks and =XX escapes.
    const body = received[0].text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = /https:\/\/kompetens\.test\/inbjudan#token=([\w-]+)/.exec(body);
    expect(link).not.toBeNull();
    await t
      .http()
      .post('/api/auth/accept-invitation')
      .send({ token: (link as RegExpExecArray)[1], password: 'mitt eget långa lösenord' })
      .expect(204);
    await signIn(t, 'mejl.mottagare@stockholm.example', 'mitt eget långa lösenord');
  });
});
