export * from './lib/entities';
export * from './lib/training.module';
export * from './lib/plan-indicators';
// The demo seed publishes the län's courses through the same writes as the regional analyst.
export { createCourse } from './lib/courses.service';
export { createSession } from './lib/sessions.service';
export * from './lib/follow-up/training-indicators';
export * from './lib/follow-up/training-year';
