import type { ServiceAreaHeadline } from '@kl/shared/contracts';
import { serviceAreaExportTable, serviceAreaRows } from './service-area-model';

const headline: ServiceAreaHeadline = {
  serviceAreaCode: 'ekonomiskt-bistand',
  round: { id: 'r', name: 'Ekonomiskt bistånd 2026', status: 'open', referenceDate: '2026-12-01', acceptsAssessments: true },
  frameworkCode: 'EB-ÖREBRO',
  frameworkVersion: 1,
  topicCount: 20,
  coverage: { staff: 7, assessedStaff: 5, share: '71.4' },
  overall: {
    fte: { insufficient: '3.000', basic: '6.000', advanced: '1.500' },
    assessedFte: '10.500',
    notApplicableFte: '0.000',
    shares: { insufficient: '28.6', basic: '57.1', advanced: '14.3' },
    assessedStaff: 5,
    notAssessedStaff: 2,
  },
  weakestTopic: { code: 'HA03', name: 'Barnperspektivet', insufficientShare: '60.0' },
};

describe('the service areas side by side', () => {
  it('writes each area in Swedish: coverage, pooled shares with decimal comma, the weakest topic', () => {
    const [row] = serviceAreaRows([headline]);
    expect(row.serviceArea).toBe('Ekonomiskt bistånd');
    expect(row.coverage).toBe('5 av 7 medarbetare bedömda (71,4 %)');
    expect(row.shares).toEqual(['28,6 %', '57,1 %', '14,3 %']);
    expect(row.weakestTopic).toBe('Barnperspektivet (60,0 % saknar tillräcklig)');
    expect(serviceAreaRows([{ ...headline, weakestTopic: null }])[0].weakestTopic).toBe('–');
  });

  it('exports unrounded shares from the exact FTE', () => {
    const table = serviceAreaExportTable([headline]);
    expect(table.rows[0].slice(4, 9)).toEqual([7, 5, 3 / 10.5, 6 / 10.5, 1.5 / 10.5]);
  });
});
