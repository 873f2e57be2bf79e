export default {
  displayName: 'api-notifications',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/notifications',
};
