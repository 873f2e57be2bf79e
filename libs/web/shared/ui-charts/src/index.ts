export * from './lib/level-series';
export * from './lib/stacked-bar-chart';
