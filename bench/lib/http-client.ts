import { Agent, request } from 'node:http';
import { CSRF_HEADER } from '@kl/shared/contracts';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`bench login: HTTP ${response.status}`);
  const cookie = (
    response.headers.getSetCookie().find((c) => c.startsWith('kl_session=')) ?? ''
  ).split(';')[0];
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}

/** Requests with the session over one kept-alive connection; resolves with the status (2xx or 409). */
export function httpCall(baseUrl: string, session: Session, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return (method: string, path: string, body?: object) =>
    new Promise<number>((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : undefined;
      const req = request(
        `${baseUrl}${path}`,
        {
          agent,
          method,
          headers: {
            Cookie: session.cookie,
            [CSRF_HEADER]: session.csrfToken,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status < 300 || status === 409) resolve(status);
            else reject(new Error(`${method} ${path}: HTTP ${status}`));
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}
