export default {
  displayName: 'api-workforce',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/workforce',
};
