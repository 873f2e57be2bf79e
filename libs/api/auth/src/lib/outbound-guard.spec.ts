import { assertOutboundUrl, guardedLookup, isInternalAddress, OutboundRequestRefusedError } from './outbound-guard';

describe('isInternalAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.100.100.200', '192.0.0.192', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '0:0:0:0:0:ffff:a00:1', '64:ff9b::a9fe:a9fe', '64:ff9b::10.0.0.1',
    'ff02::1', 'not an address',
  ])('treats %s as internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '193.44.1.1', '2a00:1450:4001:80b::200e', '64:ff9b::808:808', '::ffff:8.8.8.8', '2606:4700::6810:84e5'])(
    'treats %s as public',
    (address) => {
      expect(isInternalAddress(address)).toBe(false);
    },
  );
});

describe('assertOutboundUrl', () => {
  const strict = { allowInternal: false };

  it('refuses http, and internal literal addresses in any spelling', () => {
    for (const url of ['http://login.kommun.se', 'https://127.0.0.1/realm', 'https://2130706433/', 'https://0x7f.1/', 'https://[::1]:8443/', 'https://169.254.169.254/latest', 'https://[::ffff:10.0.0.1]/']) {
      expect(() => assertOutboundUrl(new URL(url), strict)).toThrow(OutboundRequestRefusedError);
    }
  });

  it('lets a public https name through (its address is judged at connect time), and anything when allowed', () => {
    expect(() => assertOutboundUrl(new URL('https://login.kommun.se/realms/x'), strict)).not.toThrow();
    expect(() => assertOutboundUrl(new URL('http://127.0.0.1:8080'), { allowInternal: true })).not.toThrow();
  });
});

describe('guardedLookup', () => {
  const lookup = (hostname: string, allowInternal: boolean, all: boolean) =>
    new Promise<unknown>((resolve, reject) =>
      guardedLookup({ allowInternal })(hostname, { all }, (error: NodeJS.ErrnoException | null, address: unknown) =>
        error ? reject(error) : resolve(address),
      ),
    );

  it('refuses a name that resolves to an internal address, in both callback forms', async () => {
    await expect(lookup('localhost', false, false)).rejects.toBeInstanceOf(OutboundRequestRefusedError);
    await expect(lookup('localhost', false, true)).rejects.toBeInstanceOf(OutboundRequestRefusedError);
  });

  it('resolves it when internal addresses are allowed', async () => {
    expect(await lookup('localhost', true, false)).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(await lookup('localhost', true, true)).toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]));
  });
});
