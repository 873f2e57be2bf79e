const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

/** Jest compiles without type checking (isolatedModules); `typecheck` targets run tsc. */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  // A lib may have no pure code to spec yet; the integration and e2e configs insist on tests.
  passWithNoTests: true,
  reporters: ['default', path.join(__dirname, 'tools/jest/summary-reporter.js')],
  moduleFileExtensions: [...nxPreset.moduleFileExtensions, 'csv'],
  transform: {
    '^.+\\.[cm]?[tj]s$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest.json') }],
    '^.+\\.csv$': path.join(__dirname, 'tools/jest/raw-text-transform.js'),
  },
};
