import { UserAccountUnit } from './user-account-unit.entity';
import { UserAccount } from './user-account.entity';
import { UserSession } from './user-session.entity';

export { UserAccount, UserAccountUnit, UserSession };
export { MUNICIPALITY_ROLES } from './user-account.entity';

/** The auth module's entities, listed explicitly for the data source. */
export const authEntities = [UserAccount, UserAccountUnit, UserSession];
