import angularJestConfig = require('../../../../tools/jest/angular-config');

export default angularJestConfig('web-shared-ui', __dirname);
