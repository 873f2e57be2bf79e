import { UserAccountUnit } from './user-account-unit.entity';
import { UserAccount } from './user-account.entity';
import { UserInvitation } from './user-invitation.entity';
import { UserSession } from './user-session.entity';

export { UserAccount, UserAccountUnit, UserInvitation, UserSession };

/** The auth module's entities, listed explicitly for the data source. */
export const authEntities = [UserAccount, UserAccountUnit, UserSession, UserInvitation];
