import { InitialSchema1795385347264 } from './migrations/1795385347264-InitialSchema';
import { AddUserAccounts1795460986664 } from './migrations/1795460986664-AddUserAccounts';
import { AddRowLevelSecurity1795461442926 } from './migrations/1795461442926-AddRowLevelSecurity';
import { AddUnitsStaffAudit1795461556554 } from './migrations/1795461556554-AddUnitsStaffAudit';
import { AddUserInvitations1795462057798 } from './migrations/1795462057798-AddUserInvitations';
import { AddInventoryRoundsAssessments1795462205466 } from './migrations/1795462205466-AddInventoryRoundsAssessments';
import { AddFrameworkCrosswalk1795462454602 } from './migrations/1795462454602-AddFrameworkCrosswalk';
import { AddMunicipalityIdentityProviders1795462977734 } from './migrations/1795462977734-AddMunicipalityIdentityProviders';
import { GrantAppAccessToOrganisationData1795463500000 } from './migrations/1795463500000-GrantAppAccessToOrganisationData';
import { AddSsoMunicipalityList1795463574369 } from './migrations/1795463574369-AddSsoMunicipalityList';
import { AddPasswordChange1795463994108 } from './migrations/1795463994108-AddPasswordChange';
import { AddCompetenceTargets1795472253515 } from './migrations/1795472253515-AddCompetenceTargets';
import { AddAccountUnitAndStaffForeignKeys1795472899500 } from './migrations/1795472899500-AddAccountUnitAndStaffForeignKeys';
import { AddPersonalDataReads1795475054532 } from './migrations/1795475054532-AddPersonalDataReads';
import { HoistTenantSettingInPolicies1795475887970 } from './migrations/1795475887970-HoistTenantSettingInPolicies';
import { AddAssessmentCell1795475887971 } from './migrations/1795475887971-AddAssessmentCell';
import { AddAssessmentCellTrigger1795475887972 } from './migrations/1795475887972-AddAssessmentCellTrigger';
import { AddAuditVocabulary1795480000000 } from './migrations/1795480000000-AddAuditVocabulary';
import { AddAccessScope1795480000001 } from './migrations/1795480000001-AddAccessScope';
import { AuditSignIns1795480000002 } from './migrations/1795480000002-AuditSignIns';
import { AddRoundPopulationSignOffsNotifications1796286584492 } from './migrations/1796286584492-AddRoundPopulationSignOffsNotifications';
import { AllowInvitationsAcrossMunicipalities1796286707178 } from './migrations/1796286707178-AllowInvitationsAcrossMunicipalities';
import { WidenStaffMemberFte1796287823043 } from './migrations/1796287823043-WidenStaffMemberFte';
import { AddMunicipalityAdministratorList1796289035788 } from './migrations/1796289035788-AddMunicipalityAdministratorList';
import { AddNationalAuditVocabulary1796300000000 } from './migrations/1796300000000-AddNationalAuditVocabulary';
import { AddNationalRoundsSubmissions1796303052851 } from './migrations/1796303052851-AddNationalRoundsSubmissions';
import { AddImportJobs1796303567877 } from './migrations/1796303567877-AddImportJobs';
import { AddImportAndErasureVocabulary1796303567878 } from './migrations/1796303567878-AddImportAndErasureVocabulary';
import { AddPersonalDataErasure1796303567879 } from './migrations/1796303567879-AddPersonalDataErasure';
import { AddTargetShares1796303526273 } from './migrations/1796303526273-AddTargetShares';
import { AddTrainingAuditVocabulary1796303600000 } from './migrations/1796303600000-AddTrainingAuditVocabulary';
import { AddCoursesSessionsParticipation1796304554075 } from './migrations/1796304554075-AddCoursesSessionsParticipation';
import { AddDevelopmentPlans1796305426754 } from './migrations/1796305426754-AddDevelopmentPlans';
import { KeepImportPlans1796306000000 } from './migrations/1796306000000-KeepImportPlans';
import { NotifyNationalTableChanges1796306500000 } from './migrations/1796306500000-NotifyNationalTableChanges';
import { DropRedundantAssessmentCellReferences1796307000000 } from './migrations/1796307000000-DropRedundantAssessmentCellReferences';
import { AddPlanGoalTargets1796308000000 } from './migrations/1796308000000-AddPlanGoalTargets';
import { AddFollowUpAuditVocabulary1796310000000 } from './migrations/1796310000000-AddFollowUpAuditVocabulary';
import { AddTrainingFollowUps1796310000001 } from './migrations/1796310000001-AddTrainingFollowUps';
import { AddPublicationAuditVocabulary1796311000000 } from './migrations/1796311000000-AddPublicationAuditVocabulary';
import { AddNationalPublications1796311000001 } from './migrations/1796311000001-AddNationalPublications';
import { AddIntroductionAuditVocabulary1796313000000 } from './migrations/1796313000000-AddIntroductionAuditVocabulary';
import { AddIntroductionProgrammes1796313000001 } from './migrations/1796313000001-AddIntroductionProgrammes';
import { AddSupervisionAuditVocabulary1796314000000 } from './migrations/1796314000000-AddSupervisionAuditVocabulary';
import { AddSupervisionArrangements1796314000001 } from './migrations/1796314000001-AddSupervisionArrangements';
import { AddWorkforceHistory1796318000000 } from './migrations/1796318000000-AddWorkforceHistory';
import { AddWorkforceAuditVocabulary1796318000001 } from './migrations/1796318000001-AddWorkforceAuditVocabulary';
import { AddWorkforcePlanning1796318000002 } from './migrations/1796318000002-AddWorkforcePlanning';
import { AddFrameworkAuthoring1796319100000 } from './migrations/1796319100000-AddFrameworkAuthoring';
import { PlanSessionLookupOnce1796320100000 } from './migrations/1796320100000-PlanSessionLookupOnce';

// The migrations in order. `npm run db:migration:generate <Name>` adds new ones here.
export const migrations = [
  InitialSchema1795385347264,
  AddUserAccounts1795460986664,
  AddRowLevelSecurity1795461442926,
  AddUnitsStaffAudit1795461556554,
  AddUserInvitations1795462057798,
  AddInventoryRoundsAssessments1795462205466,
  AddFrameworkCrosswalk1795462454602,
  AddMunicipalityIdentityProviders1795462977734,
  GrantAppAccessToOrganisationData1795463500000,
  AddSsoMunicipalityList1795463574369,
  AddPasswordChange1795463994108,
  AddCompetenceTargets1795472253515,
  AddAccountUnitAndStaffForeignKeys1795472899500,
  AddPersonalDataReads1795475054532,
  HoistTenantSettingInPolicies1795475887970,
  AddAssessmentCell1795475887971,
  AddAssessmentCellTrigger1795475887972,
  AddAuditVocabulary1795480000000,
  AddAccessScope1795480000001,
  AuditSignIns1795480000002,
  AddRoundPopulationSignOffsNotifications1796286584492,
  AllowInvitationsAcrossMunicipalities1796286707178,
  WidenStaffMemberFte1796287823043,
  AddMunicipalityAdministratorList1796289035788,
  AddNationalAuditVocabulary1796300000000,
  AddNationalRoundsSubmissions1796303052851,
  AddImportJobs1796303567877,
  AddImportAndErasureVocabulary1796303567878,
  AddPersonalDataErasure1796303567879,
  AddTargetShares1796303526273,
  AddTrainingAuditVocabulary1796303600000,
  AddCoursesSessionsParticipation1796304554075,
  AddDevelopmentPlans1796305426754,
  KeepImportPlans1796306000000,
  NotifyNationalTableChanges1796306500000,
  DropRedundantAssessmentCellReferences1796307000000,
  AddPlanGoalTargets1796308000000,
  AddFollowUpAuditVocabulary1796310000000,
  AddTrainingFollowUps1796310000001,
  AddPublicationAuditVocabulary1796311000000,
  AddNationalPublications1796311000001,
  AddIntroductionAuditVocabulary1796313000000,
  AddIntroductionProgrammes1796313000001,
  AddSupervisionAuditVocabulary1796314000000,
  AddSupervisionArrangements1796314000001,
  AddWorkforceHistory1796318000000,
  AddWorkforceAuditVocabulary1796318000001,
  AddWorkforcePlanning1796318000002,
  AddFrameworkAuthoring1796319100000,
  PlanSessionLookupOnce1796320100000,
];
