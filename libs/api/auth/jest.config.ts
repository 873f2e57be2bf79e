export default {
  displayName: 'api-auth',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/auth',
};
