import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-auth-data-access', __dirname);
