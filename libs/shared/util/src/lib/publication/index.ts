export * from './published-export';
export * from './publication-definitions';
export * from './px-file';
export * from './published-px';
export * from './published-training';
export * from './published-staffing';
export * from './published-lines';
