import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-inventory-data-access', __dirname);
