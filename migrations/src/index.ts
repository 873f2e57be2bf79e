export { allEntities } from './entities';
export { migrations } from './migrations';
