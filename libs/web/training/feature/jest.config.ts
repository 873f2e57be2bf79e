import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-training-feature', __dirname);
