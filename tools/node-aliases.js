// Lets plain Node (ts-node scripts, jest's global setup) resolve the workspace's path aliases and
// load `.csv` imports as text, as the webpack build does.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

const root = path.join(__dirname, '..');
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });
require.extensions['.csv'] ??= (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
