export default {
  displayName: 'api-staff',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/staff',
};
