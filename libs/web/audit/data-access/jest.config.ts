import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-audit-data-access', __dirname);
