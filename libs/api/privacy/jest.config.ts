export default {
  displayName: 'api-privacy',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/privacy',
};
