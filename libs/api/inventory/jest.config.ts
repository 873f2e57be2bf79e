export default {
  displayName: 'api-inventory',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/inventory',
};
