import { Vacancy } from './vacancy.entity';
import { WorkforcePlannedChange } from './workforce-planned-change.entity';
import { WorkforceSetting } from './workforce-setting.entity';

export { Vacancy, WorkforcePlannedChange, WorkforceSetting };

export const workforceEntities = [Vacancy, WorkforcePlannedChange, WorkforceSetting];
