import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-workforce-data-access', __dirname);
