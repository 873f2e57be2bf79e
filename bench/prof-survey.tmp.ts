import { readSubmissionTable } from '../libs/api/national/src/lib/tabular-file';
import { checkSubmissionFile } from '../libs/shared/util/src/lib/national-file';
import { staffSizes, surveyLines } from '../bench/lib/national';
import { readFileSync } from 'node:fs';

async function main() {
  const codes = readFileSync('/work/shared/reference/kommuner.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  const topics = Array.from({ length: 26 }, (_v, i) => `T${String(i).padStart(2, '0')}`);
  const lines = surveyLines(codes, topics, staffSizes(codes.length));
  const csv = Buffer.from(`kommunkod;omgang;matt;inriktning;niva;kon;varde\n${lines.join('\n')}\n`);
  console.log('rows', lines.length, 'bytes', csv.length);
  for (let i = 0; i < 4; i++) {
    let t = performance.now();
    const table = await readSubmissionTable(csv);
    const read = performance.now() - t;
    t = performance.now();
    const r = checkSubmissionFile(table.header, table.rows, {
      roundCode: 'BENCH', roundCodes: new Set(['BENCH']), kommuner: new Map(codes.map((c) => [c, c])), topics: new Set(topics),
    } as never);
    const check = performance.now() - t;
    console.log(`read ${read.toFixed(0)} ms, check ${check.toFixed(0)} ms, errors ${r.errors.length}, rows ${r.rows.length}`);
  }
}
void main();
