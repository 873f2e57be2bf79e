export default {
  displayName: 'api-shell',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/shell',
};
