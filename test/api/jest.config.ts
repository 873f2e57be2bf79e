export default {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  testTimeout: 30_000,
  // Each spec file boots the app on its own database; two at a time fit two cores.
  maxWorkers: 2,
  passWithNoTests: false,
};
