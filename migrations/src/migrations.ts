import { InitialSchema1795385347264 } from './migrations/1795385347264-InitialSchema';
import { AddUserAccounts1795460986664 } from './migrations/1795460986664-AddUserAccounts';
import { AddRowLevelSecurity1795461442926 } from './migrations/1795461442926-AddRowLevelSecurity';
import { AddUserInvitations1795462057798 } from './migrations/1795462057798-AddUserInvitations';
import { AddMunicipalityIdentityProviders1795462977734 } from './migrations/1795462977734-AddMunicipalityIdentityProviders';
import { AddSsoMunicipalityList1795463574369 } from './migrations/1795463574369-AddSsoMunicipalityList';
import { AddPasswordChange1795463994108 } from './migrations/1795463994108-AddPasswordChange';

// The migrations in order. `npm run db:migration:generate <Name>` adds new ones here.
export const migrations = [
  InitialSchema1795385347264,
  AddUserAccounts1795460986664,
  AddRowLevelSecurity1795461442926,
  AddUserInvitations1795462057798,
  AddMunicipalityIdentityProviders1795462977734,
  AddSsoMunicipalityList1795463574369,
  AddPasswordChange1795463994108,
];
