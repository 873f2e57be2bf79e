// Jest settings shared by the Angular projects (the web shell and libs/web/*).
const path = require('node:path');

/** @param {string} displayName @param {string} projectDir absolute path of the project */
module.exports = function angularJestConfig(displayName, projectDir) {
  const root = path.join(__dirname, '..', '..');
  return {
    displayName,
    rootDir: projectDir,
    resolver: '@nx/jest/plugins/resolver',
    testEnvironment: 'jsdom',
    reporters: ['default', path.join(root, 'tools/jest/summary-reporter.js')],
    setupFilesAfterEnv: [path.join(root, 'tools/jest/angular-setup.ts')],
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: path.join(root, 'tsconfig.angular-spec.json'), stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    passWithNoTests: true,
  };
};
