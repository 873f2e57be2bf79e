export * from './lib/privacy.routes';
export * from './lib/person-privacy-section';
export * from './lib/my-data-download';
