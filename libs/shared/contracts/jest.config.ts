export default {
  displayName: 'shared-contracts',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/shared/contracts',
};
