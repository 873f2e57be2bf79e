export default {
  displayName: 'shared-util',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/shared/util',
};
