import { InitialSchema1795385347264 } from './migrations/1795385347264-InitialSchema';

// The migrations in order. `npm run db:migration:generate <Name>` adds new ones here.
export const migrations = [
  InitialSchema1795385347264,
];
