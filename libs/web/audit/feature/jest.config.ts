import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-audit-feature', __dirname);
