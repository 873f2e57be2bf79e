import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-planning-feature', __dirname);
