export default {
  displayName: 'api-competence',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../../coverage/libs/api/competence',
};
