import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-organisation-data-access', __dirname);
