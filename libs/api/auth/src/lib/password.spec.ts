import { hashPassword, verifyOrBurn, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id m=19456 t=2 p=1 and a random salt', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('rätt lösenord');
    await expect(verifyPassword(stored, 'rätt lösenord')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'fel lösenord')).resolves.toBe(false);
  });

  it('answers false for a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });

  it('burns a verification and answers false when there is no stored hash', async () => {
    await expect(verifyOrBurn(null, 'anything')).resolves.toBe(false);
    await expect(verifyOrBurn(undefined, 'anything')).resolves.toBe(false);
    const stored = await hashPassword('pw');
    await expect(verifyOrBurn(stored, 'pw')).resolves.toBe(true);
  });
});
