import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-national-feature', __dirname);
