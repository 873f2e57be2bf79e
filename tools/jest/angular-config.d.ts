import type { Config } from 'jest';

declare function angularJestConfig(displayName: string, projectDir: string): Config;
export = angularJestConfig;
