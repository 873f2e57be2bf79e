export default {
  displayName: 'api-planning',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/planning',
};
