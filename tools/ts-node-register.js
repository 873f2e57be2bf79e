// Runs the repository's TypeScript tools (migrations, benchmarks) with ts-node, without a type
// check (the typecheck targets do that).
const path = require('node:path');

process.env.TS_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.base.json');
process.env.TS_NODE_TRANSPILE_ONLY ??= 'true';
require('ts-node/register');
require('./node-aliases');
