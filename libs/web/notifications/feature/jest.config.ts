import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-notifications-feature', __dirname);
