export default {
  displayName: 'api-imports',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/imports',
};
