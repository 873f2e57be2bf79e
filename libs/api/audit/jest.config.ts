export default {
  displayName: 'api-audit',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/audit',
};
