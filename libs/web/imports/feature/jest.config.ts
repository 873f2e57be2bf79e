import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-imports-feature', __dirname);
