export * from './lib/level-series';
export * from './lib/stacked-bar-chart';
export * from './lib/line-chart';
