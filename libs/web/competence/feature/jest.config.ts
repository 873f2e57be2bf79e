import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-competence-feature', __dirname);
