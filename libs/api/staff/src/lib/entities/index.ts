import { EmploymentPeriod } from './employment-period.entity';
import { StaffMember } from './staff-member.entity';

export { EmploymentPeriod, StaffMember };

/** The staff module's entities, listed explicitly for the data source. */
export const staffEntities = [StaffMember, EmploymentPeriod];
