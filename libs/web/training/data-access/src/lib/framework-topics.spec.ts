import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary } from '@kl/shared/contracts';
import { newestPublished, topicOptions } from './framework-topics';

const summary = (
  id: string,
  version: number,
  status: 'draft' | 'published',
  municipalityId: string | null = null,
) =>
  ({
    id,
    code: 'BOU-2016',
    version,
    status,
    municipalityId,
    name: 'BoU',
  }) as CompetenceFrameworkSummary;

describe('framework topics', () => {
  it('takes the newest published version, national and the kommun’s extension', () => {
    const list = [
      summary('v1', 1, 'published'),
      summary('v3', 3, 'draft'),
      summary('v2', 2, 'published'),
      summary('local', 1, 'published', 'm'),
    ];
    expect(newestPublished(list).map((f) => f.id)).toEqual(['v2', 'local']);
  });

  it('lists topics in framework order, each code once', () => {
    const national = {
      areas: [
        { position: 2, topics: [{ code: 'JU01', name: 'Socialrätt', position: 1 }] },
        {
          position: 1,
          topics: [
            { code: 'SA02', name: 'Barns utsatthet', position: 2 },
            { code: 'SA01', name: 'Barn och ungas utveckling', position: 1 },
          ],
        },
      ],
    } as CompetenceFrameworkDetail;
    const local = {
      areas: [
        {
          position: 1,
          topics: [
            { code: 'SA01', name: 'Annat namn', position: 1 },
            { code: 'LO01', name: 'Lokalt', position: 2 },
          ],
        },
      ],
    } as CompetenceFrameworkDetail;
    expect(topicOptions([national, local]).map((t) => `${t.code} ${t.name}`)).toEqual([
      'SA01 Barn och ungas utveckling',
      'SA02 Barns utsatthet',
      'JU01 Socialrätt',
      'LO01 Lokalt',
    ]);
  });
});
