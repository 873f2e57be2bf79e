/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each text asset of the built web app, for
 * the server to send as they are (libs/api/core/src/lib/http/web-app.ts): maximum compression,
 * paid once at build time. index.html is left out: it carries a fresh CSP nonce per response.
 *
 * Run: node -r ./tools/ts-node-register.js tools/precompress.ts dist/web/browser
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|webmanifest|map)$/i;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function main(dir: string): void {
  let original = 0;
  let brotli = 0;
  let gzip = 0;
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path) || statSync(path).size < MIN_BYTES) continue;
    const content = readFileSync(path);
    const br = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    original += content.length;
    brotli += br.length;
    gzip += gz.length;
  }
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log(`Precompressed ${kB(original)} of assets: ${kB(brotli)} Brotli, ${kB(gzip)} gzip`);
}

main(process.argv[2] ?? 'dist/web/browser');
