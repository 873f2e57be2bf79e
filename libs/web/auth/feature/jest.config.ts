import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-auth-feature', __dirname);
