import { absoluteInvitationUrl, invitationToken } from './users.api';

describe('invitationToken', () => {
  it('reads the token from the link fragment', () => {
    expect(invitationToken('token=abcdefghijklmnopqrstuvwxyz_-0123456789')).toBe('abcdefghijklmnopqrstuvwxyz_-0123456789');
  });

  it.each([null, '', 'token=', 'token=short', 'token=<script>alert(1)</script>xxxxxxxxxxxx', 'other=abcdefghijklmnopqrstuvwxyz'])(
    'finds no token in %p',
    (fragment) => expect(invitationToken(fragment)).toBeNull(),
  );
});

describe('absoluteInvitationUrl', () => {
  it('puts this site in front of a path, and keeps a full link as it is', () => {
    expect(absoluteInvitationUrl('/inbjudan#token=x', 'https://kompetens.kommun.se')).toBe('https://kompetens.kommun.se/inbjudan#token=x');
    expect(absoluteInvitationUrl('https://a.se/inbjudan#token=x', 'https://b.se')).toBe('https://a.se/inbjudan#token=x');
  });
});
