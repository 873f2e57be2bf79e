import { MunicipalityIdentityProvider } from './municipality-identity-provider.entity';
import { UserAccountUnit } from './user-account-unit.entity';
import { UserAccount } from './user-account.entity';
import { UserInvitation } from './user-invitation.entity';
import { UserSession } from './user-session.entity';

export { MunicipalityIdentityProvider, UserAccount, UserAccountUnit, UserInvitation, UserSession };

/** The auth module's entities, listed explicitly for the data source. */
export const authEntities = [UserAccount, UserAccountUnit, UserSession, UserInvitation, MunicipalityIdentityProvider];
