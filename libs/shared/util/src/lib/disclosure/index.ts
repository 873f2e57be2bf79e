export * from './determined-cells';
export * from './suppress-cells';
export * from './suppress-table';
export * from './national-publication';
