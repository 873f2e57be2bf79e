import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-organisation-feature', __dirname);
