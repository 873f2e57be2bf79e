import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-training-data-access', __dirname);
