import { shouldSeedDemoData } from './demo-data';

describe('shouldSeedDemoData', () => {
  it('seeds in development only: never in production, not in tests', () => {
    expect(shouldSeedDemoData('development')).toBe(true);
    expect(shouldSeedDemoData('production')).toBe(false);
    expect(shouldSeedDemoData('test')).toBe(false);
  });
});
