export default {
  displayName: 'api-organisation',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/organisation',
};
