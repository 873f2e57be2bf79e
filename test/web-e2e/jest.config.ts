export default {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  testSequencer: '<rootDir>/support/sequencer.cjs',
  passWithNoTests: false,
};
