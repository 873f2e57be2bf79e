import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-privacy-feature', __dirname);
