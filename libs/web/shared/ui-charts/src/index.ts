export * from './lib/level-series';
export * from './lib/stacked-bar-chart';
export * from './lib/line-chart';
export * from './lib/grouped-bar-chart';
