export * from './lib/auth.errors';
export * from './lib/auth.guard';
export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/cookies';
export * from './lib/entities';
export * from './lib/password';
export * from './lib/session.service';
