import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-planning-data-access', __dirname);
