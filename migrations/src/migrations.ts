import { InitialSchema1795385347264 } from './migrations/1795385347264-InitialSchema';
import { AddUserAccounts1795460986664 } from './migrations/1795460986664-AddUserAccounts';
import { AddUnitsStaffAudit1795461556554 } from './migrations/1795461556554-AddUnitsStaffAudit';
import { AddFrameworkCrosswalk1795462454602 } from './migrations/1795462454602-AddFrameworkCrosswalk';

// The migrations in order. `npm run db:migration:generate <Name>` adds new ones here.
export const migrations = [
  InitialSchema1795385347264,
  AddUserAccounts1795460986664,
  AddUnitsStaffAudit1795461556554,
  AddFrameworkCrosswalk1795462454602,
];
