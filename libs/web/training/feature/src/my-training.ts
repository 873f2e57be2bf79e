// Its own entry point: Min kompetens (a lazy page) imports it, and the shell's static import of
// the training routes must not pull it into the initial bundle.
export * from './lib/my-training';
export * from './lib/my-introduction';
