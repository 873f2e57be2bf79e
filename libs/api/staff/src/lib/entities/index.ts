import { StaffMember } from './staff-member.entity';

export { StaffMember };

/** The staff module's entities, listed explicitly for the data source. */
export const staffEntities = [StaffMember];
