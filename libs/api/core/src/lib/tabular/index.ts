export * from './cell-values';
export * from './decode-text';
export * from './header-name';
export * from './read-table';
export * from './row-reader';
export * from './tabular-types';
export * from './write-table';
