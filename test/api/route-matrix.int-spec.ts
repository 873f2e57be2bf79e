import {
  type CreateAccountOptions,
  createAccount,
  createTestApp,
  signInAs,
  type SignedIn,
  type TestApp,
} from '@kl/api/testing';
import {
  type AssessmentMatrix,
  type CompetenceFrameworkDetail,
  type CompetenceFrameworkSummary,
  type InventoryRound,
  type OrgUnitTreeNode,
  ROLES,
  type Role,
  type StaffMemberPage,
} from '@kl/shared/contracts';
import type { Test } from 'supertest';
import {
  createKommunFixtures,
  createNationalFixtures,
  kommunSnapshot,
  type KommunFixtures,
} from './support/route-matrix-fixtures';
import {
  COURSE_BODY,
  createCountyCourse,
  createTrainingFixtures,
  type TrainingFixtures,
} from './support/training-route-fixtures';

/**
 * The route matrix: every route the running app's router holds × every role (and no session),
 * in the caller's own kommun (0180) and in another (1480); inside the own kommun also a unit the
 * team leader leads and one they do not, and the caseworker's own staff record and another's.
 * A route without a rule fails the test, so a new endpoint cannot ship without saying who may
 * call it. Everything of the other kommun answers 404 to everyone and stays unchanged.
 *
 * Callers run in the order of CALLERS for each case, and routes in sorted order. The real writes
 * (at least one per resource type) use fixtures of their own; the one case that relies on the
 * order (a stale assessment) says so.
 */

type Caller = Role | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Ids the cases fill into paths and bodies: the callers' own kommun (0180) and another (1480). */
interface Fixtures {
  userInOwnKommun: string;
  userInOtherKommun: string;
  /** A second kommun administrator of 0180, for the system administrator's routes. */
  administratorInOwnKommun: string;
  /** The published national framework (BOU-2016) and the national analysts' draft of its next version. */
  national: string;
  nationalDraft: string;
  own: KommunFixtures;
  other: KommunFixtures;
  /** An open national round (code), and a submission to it of each kommun. */
  nationalRound: string;
  ownSubmission: string;
  otherSubmission: string;
  training: { own: TrainingFixtures; other: TrainingFixtures; countyCourse: string };
}

type Expected = Record<Caller, number | number[]>;

interface Case {
  label: string;
  path: (f: Fixtures) => string;
  body?: object | ((f: Fixtures) => object);
  /** Expected status per caller. */
  expected: Expected;
  /** Call with a session of its own (the route ends sessions). */
  freshSession?: boolean;
}

type Rule = { kind: 'middleware'; reason: string } | { kind: 'endpoint'; cases: Case[] };

/** Anyone, signed in or not, gets `status`. */
const everyone = (status: number | number[]): Expected =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Expected;

/** Any signed-in role gets `status`; no session gets 401. */
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });

/** The listed roles get their status; every other role 404 (existence not disclosed); no session 401. */
const may = (statuses: Partial<Record<Role, number>>): Expected => ({
  ...signedIn(404),
  ...statuses,
});

/** The listed roles get `status`; every other role 404; no session 401. */
const only = (roles: readonly Role[], status: number): Expected =>
  may(Object.fromEntries(roles.map((role) => [role, status])));

/** Out of every caller's scope: 404 to every role, 401 without a session. */
const NOBODY = may({});

const endpoint = (...cases: Case[]): Rule => ({ kind: 'endpoint', cases });
const simple = (path: string, expected: Expected, body?: object): Rule =>
  endpoint({ label: path, path: () => path, expected, body });

/**
 * A body that names another kommun's unit, framework or parent is answered like a body naming an
 * id that does not exist: 400 with `invalid_value` on that field. Nothing is disclosed either way.
 */
const asUnknownReference = (expected: Expected): Expected => ({
  ...expected,
  municipality_admin: 400,
});

/** A case on the callers' own kommun's fixtures. */
const own = (
  label: string,
  path: (k: KommunFixtures, f: Fixtures) => string,
  expected: Expected,
  body?: object | ((f: Fixtures) => object),
): Case => ({ label, path: (f) => path(f.own, f), expected, body });

/**
 * The same route on the other kommun's fixtures: 404 to everyone. The body is a valid one, so that
 * a missing scope check would write (and the snapshot check below would see it), not stop at 400.
 */
const otherKommun = (
  path: (k: KommunFixtures, f: Fixtures) => string,
  body?: object | ((f: Fixtures) => object),
): Case => ({
  label: 'other kommun',
  path: (f) => path(f.other, f),
  expected: NOBODY,
  body,
});

/** An empty body: validation answers the administrator, who alone may call the route. */
const emptyBody = (path: (k: KommunFixtures) => string): Case =>
  own('empty body', path, may({ municipality_admin: 400 }), {});

const ADMIN = ['municipality_admin'] as const;
const docs = (path: string) => simple(path, everyone([200, 301, 302]));

/** Roles that read a kommun's units, staff and inventory. */
const ADMIN_OK = may({ municipality_admin: 200 });
const LEADERS_OK = may({ municipality_admin: 200, team_leader: 200 });
const STAFF_READERS_OK = may({ municipality_admin: 200, team_leader: 200, caseworker: 200 });
/** Frameworks: everyone who works with competence data; system administrators do not. */
const FRAMEWORK_READERS_OK = may({
  caseworker: 200,
  team_leader: 200,
  municipality_admin: 200,
  national_analyst: 200,
  regional_analyst: 200,
});
/** A kommun's extension: its own people only, never the national or regional tiers. */
const KOMMUN_READERS_OK = STAFF_READERS_OK;

const STAFF_BODY = {
  employeeNumber: 'RM-NEW',
  firstName: 'Ny',
  lastName: 'Medarbetare',
  role: 'caseworker',
  gender: 'man',
  fte: 0.5,
  employmentType: 'permanent',
  employmentStart: '2024-01-01',
  experienceStart: '2020-01-01',
  degree: 'social_work',
};
const ROUND_BODY = {
  name: 'Matrisens omgång',
  referenceDate: '2027-03-01',
  opensOn: '2027-02-15',
  closesOn: '2027-04-30',
  unitIds: [],
};
const cell = (staffMemberId: string, topicCode: string) => ({
  staffMemberId,
  topicCode,
  value: 'basic',
  expectedVersion: 0,
});

const targetsQuery = (frameworkId: string, unitId?: string) =>
  `/api/targets?frameworkId=${frameworkId}&role=caseworker${unitId ? `&unitId=${unitId}` : ''}`;
const targetSetBody = (unitId: string | null, frameworkId: string) => ({
  unitId,
  frameworkId,
  role: 'caseworker',
  version: 0,
  targets: [{ topicCode: 'SA01', choice: 'basic' }],
});

/** The catalogue: the kommun roles, and the regional analyst for the län's courses. */
const CATALOGUE_READERS_OK = may({
  caseworker: 200,
  team_leader: 200,
  municipality_admin: 200,
  regional_analyst: 200,
});
const SESSION_BODY = { startsOn: '2027-06-01', endsOn: '2027-06-01', online: true, capacity: 5 };
const PLAN_BODY = {
  version: 1,
  status: 'active',
  goals: [],
  budget: { ordinaryBudget: '0', grant: '0', other: '0' },
};
const FOLLOW_UP_BODY = { version: 1, done: 'Klart', notDone: 'Inget', next: 'Mer' };
const FOLLOW_UP_OF_COURSE = { version: null, applied: 'fully', topics: [] };
const INTRODUCTION_PROGRAMME_BODY = { name: 'Matrisens introduktion', targetRole: null, steps: [] };
const introductionBody = (programmeId: string) => ({
  version: 99,
  programmeId,
  mentorStaffMemberId: null,
  startDate: '2027-01-04',
});
const arrangementBody = (staffMemberId: string) => ({
  staffMemberId,
  topicCode: 'SA01',
  form: 'individual',
  supervisorStaffMemberId: null,
  externalSupervisor: 'Eva Extern',
  frequency: 'monthly',
  startsOn: '2026-09-01',
  endsOn: null,
});
const GRANT_BODY = { name: 'Matrisens bidrag', year: 2027, granted: '100000', version: 99 };
const bookingBody = (staffMemberId: string) => ({
  staffMemberIds: [staffMemberId],
  status: 'planned',
  fundingSource: 'ordinary_budget',
});

/** Route → who may call it and what each caller gets. Keys: `METHOD /path` as the router has them. */
const RULES: Record<string, Rule> = {
  // Request logging (nestjs-pino) is mounted with all(): middleware, not an endpoint.
  'ALL /api': { kind: 'middleware', reason: 'request logging middleware' },
  'ALL /api/{*path}': { kind: 'middleware', reason: 'request logging middleware' },

  // OpenAPI documentation: public, served outside Nest's routing.
  'GET /api/docs': docs('/api/docs'),
  'GET /api/docs/': docs('/api/docs/'),
  'GET /api/docs/index.html': docs('/api/docs/index.html'),
  'GET /api/docs/swagger-ui-init.js': docs('/api/docs/swagger-ui-init.js'),
  'GET /api/docs/docs/swagger-ui-init.js': docs('/api/docs/docs/swagger-ui-init.js'),
  // Registered by @nestjs/swagger; this swagger-ui-dist ships no LICENSE file, so it answers 404.
  'GET /api/docs/LICENSE': simple('/api/docs/LICENSE', everyone([200, 404])),
  'GET /api/docs-json': docs('/api/docs-json'),
  'GET /api/docs-yaml': docs('/api/docs-yaml'),

  // Health and the public register of län and kommuner.
  'GET /api/health': simple('/api/health', everyone(200)),
  'GET /api/counties': simple('/api/counties', everyone(200)),
  'GET /api/municipalities': simple('/api/municipalities', everyone(200)),
  'GET /api/municipality-group-classifications': simple(
    '/api/municipality-group-classifications',
    everyone(200),
  ),

  // Sign-in and session. The session probe is public: 200 to everyone (an empty body without a session).
  'POST /api/auth/login': simple('/api/auth/login', everyone(400), {}),
  'POST /api/auth/accept-invitation': simple('/api/auth/accept-invitation', everyone(400), {}),
  'GET /api/auth/session': simple('/api/auth/session', everyone(200)),
  'POST /api/auth/password': simple('/api/auth/password', signedIn(400), {}),
  'POST /api/auth/logout': endpoint({
    label: 'logout',
    path: () => '/api/auth/logout',
    expected: signedIn(204),
    freshSession: true,
  }),
  'POST /api/auth/logout-all': endpoint({
    label: 'logout everywhere',
    path: () => '/api/auth/logout-all',
    expected: signedIn(204),
    freshSession: true,
  }),

  // Single sign-on: public start and callback (2584 has no provider; a callback without the flow
  // cookie goes back to the login page); the settings are the kommun administrator's.
  'GET /api/auth/sso-municipalities': simple('/api/auth/sso-municipalities', everyone(200)),
  'GET /api/auth/oidc/:municipalityCode': simple('/api/auth/oidc/2584', everyone(404)),
  'GET /api/auth/oidc/:municipalityCode/callback': simple(
    '/api/auth/oidc/0180/callback?code=x&state=y',
    everyone(302),
  ),
  'GET /api/identity-provider': simple('/api/identity-provider', only(ADMIN, 200)),
  'PUT /api/identity-provider': simple('/api/identity-provider', only(ADMIN, 400), {}),

  // User administration: kommun administrators, own kommun only.
  'GET /api/users': simple('/api/users', only(ADMIN, 200)),
  'POST /api/users/invitations': simple('/api/users/invitations', only(ADMIN, 400), {}),
  'GET /api/users/:id': endpoint(
    {
      label: 'own kommun',
      path: (f) => `/api/users/${f.userInOwnKommun}`,
      expected: only(ADMIN, 200),
    },
    { label: 'other kommun', path: (f) => `/api/users/${f.userInOtherKommun}`, expected: NOBODY },
  ),
  'PATCH /api/users/:id': endpoint(
    // An empty body reaches validation only when the caller is allowed.
    {
      label: 'own kommun',
      path: (f) => `/api/users/${f.userInOwnKommun}`,
      body: {},
      expected: only(ADMIN, 400),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/users/${f.userInOtherKommun}`,
      body: { rowVersion: 1, displayName: 'Matrix' },
      expected: NOBODY,
    },
  ),
  'POST /api/users/:id/disable': endpoint(
    {
      label: 'own kommun',
      path: (f) => `/api/users/${f.userInOwnKommun}/disable`,
      expected: only(ADMIN, 200),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/users/${f.userInOtherKommun}/disable`,
      expected: NOBODY,
    },
  ),
  'POST /api/users/:id/invitation': endpoint(
    // An active account needs no new link: 409 to the administrator, who alone may ask.
    {
      label: 'own kommun',
      path: (f) => `/api/users/${f.userInOwnKommun}/invitation`,
      expected: only(ADMIN, 409),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/users/${f.userInOtherKommun}/invitation`,
      expected: NOBODY,
    },
  ),
  'POST /api/users/:id/enable': endpoint(
    {
      label: 'own kommun',
      path: (f) => `/api/users/${f.userInOwnKommun}/enable`,
      expected: only(ADMIN, 200),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/users/${f.userInOtherKommun}/enable`,
      expected: NOBODY,
    },
  ),

  // The system administrator: kommuner's administrator accounts only, of the kommun named.
  'GET /api/system/municipalities': simple('/api/system/municipalities', only(['system_admin'], 200)),
  'POST /api/system/municipality-administrators': simple(
    '/api/system/municipality-administrators',
    only(['system_admin'], 400),
    {},
  ),
  'POST /api/system/municipalities/:municipalityCode/administrators/:id/invitation': endpoint(
    {
      label: 'an administrator (active: no new link)',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.administratorInOwnKommun}/invitation`,
      expected: only(['system_admin'], 409),
    },
    {
      label: 'an account that is no administrator',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.userInOwnKommun}/invitation`,
      expected: NOBODY,
    },
  ),
  'POST /api/system/municipalities/:municipalityCode/administrators/:id/disable': endpoint(
    {
      label: 'an administrator',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.administratorInOwnKommun}/disable`,
      expected: only(['system_admin'], 200),
    },
    {
      label: 'another kommun named',
      path: (f) => `/api/system/municipalities/1480/administrators/${f.administratorInOwnKommun}/disable`,
      expected: NOBODY,
    },
    {
      label: 'an account that is no administrator',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.userInOwnKommun}/disable`,
      expected: NOBODY,
    },
  ),
  'POST /api/system/municipalities/:municipalityCode/administrators/:id/enable': endpoint(
    {
      label: 'an administrator',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.administratorInOwnKommun}/enable`,
      expected: only(['system_admin'], 200),
    },
    {
      label: 'an account that is no administrator',
      path: (f) => `/api/system/municipalities/0180/administrators/${f.userInOwnKommun}/enable`,
      expected: NOBODY,
    },
  ),

  // Units: the kommun administrator keeps the tree; a team leader reads the units they lead.
  'GET /api/units': simple('/api/units', LEADERS_OK),
  'GET /api/units/:id': endpoint(
    own('a unit the team leader leads', (k) => `/api/units/${k.ledUnit}`, LEADERS_OK),
    own('a unit the team leader does not lead', (k) => `/api/units/${k.otherUnit}`, ADMIN_OK),
    otherKommun((k) => `/api/units/${k.ledUnit}`),
  ),
  'POST /api/units': endpoint(
    own(
      'a new unit',
      () => '/api/units',
      may({ municipality_admin: 201 }),
      (f) => ({
        name: 'Matrisens enhet',
        kind: 'unit',
        serviceAreaCode: 'barn-och-unga',
        parentId: f.own.ledUnit,
      }),
    ),
    // Another kommun's parentId is answered as an unknown one (400), see asUnknownReference.
    own(
      'under a parent of another kommun',
      () => '/api/units',
      asUnknownReference(NOBODY),
      (f) => ({
        name: 'Matrix',
        kind: 'unit',
        serviceAreaCode: 'barn-och-unga',
        parentId: f.other.ledUnit,
      }),
    ),
  ),
  'PATCH /api/units/:id': endpoint(
    own('rename', (k) => `/api/units/${k.scratchUnit}`, may({ municipality_admin: 200 }), {
      version: 1,
      name: 'Omdöpt enhet',
    }),
    otherKommun((k) => `/api/units/${k.scratchUnit}`, { version: 1, name: 'Matrix' }),
  ),
  'POST /api/units/:id/move': endpoint(
    emptyBody((k) => `/api/units/${k.otherUnit}/move`),
    // Another kommun's parentId is answered as an unknown one (400), see asUnknownReference.
    own(
      'under a parent of another kommun',
      (k) => `/api/units/${k.otherUnit}/move`,
      asUnknownReference(NOBODY),
      (f) => ({
        version: 1,
        parentId: f.other.ledUnit,
      }),
    ),
    otherKommun((k) => `/api/units/${k.otherUnit}/move`, { version: 1, parentId: null }),
  ),
  'POST /api/units/:id/close': endpoint(
    emptyBody((k) => `/api/units/${k.scratchUnit}/close`),
    otherKommun((k) => `/api/units/${k.scratchUnit}/close`, { version: 1 }),
  ),
  'DELETE /api/units/:id': endpoint(
    own('an empty unit', (k) => `/api/units/${k.emptyUnit}`, may({ municipality_admin: 204 })),
    otherKommun((k) => `/api/units/${k.emptyUnit}`),
  ),

  // Staff: the administrator all of the kommun, a team leader the staff of their units, a
  // caseworker only their own record.
  'GET /api/staff': simple('/api/staff', STAFF_READERS_OK),
  'GET /api/staff/:id': endpoint(
    own("the caseworker's own record", (k) => `/api/staff/${k.self}`, STAFF_READERS_OK),
    own("a colleague in the team leader's unit", (k) => `/api/staff/${k.colleague}`, LEADERS_OK),
    own("staff outside the team leader's units", (k) => `/api/staff/${k.outsider}`, ADMIN_OK),
    otherKommun((k) => `/api/staff/${k.self}`),
  ),
  'GET /api/staff/:id/history': endpoint(
    own("the caseworker's own record", (k) => `/api/staff/${k.self}/history`, STAFF_READERS_OK),
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/staff/${k.colleague}/history`,
      LEADERS_OK,
    ),
    own(
      "staff outside the team leader's units",
      (k) => `/api/staff/${k.outsider}/history`,
      ADMIN_OK,
    ),
    otherKommun((k) => `/api/staff/${k.self}/history`),
  ),
  'POST /api/staff': endpoint(
    own(
      'a new staff member',
      () => '/api/staff',
      may({ municipality_admin: 201 }),
      (f) => ({ ...STAFF_BODY, unitId: f.own.ledUnit }),
    ),
    // Another kommun's unitId is answered as an unknown one (400), see asUnknownReference.
    own(
      'in a unit of another kommun',
      () => '/api/staff',
      asUnknownReference(NOBODY),
      (f) => ({
        ...STAFF_BODY,
        employeeNumber: 'RM-OTHER',
        unitId: f.other.ledUnit,
      }),
    ),
  ),
  'PATCH /api/staff/:id': endpoint(
    own('a change', (k) => `/api/staff/${k.outsider}`, may({ municipality_admin: 200 }), {
      version: 1,
      firstName: 'Bodil',
    }),
    // Another kommun's unitId is answered as an unknown one (400), see asUnknownReference.
    own(
      'into a unit of another kommun',
      (k) => `/api/staff/${k.colleague}`,
      asUnknownReference(NOBODY),
      (f) => ({
        version: 1,
        unitId: f.other.ledUnit,
      }),
    ),
    otherKommun((k) => `/api/staff/${k.outsider}`, { version: 1, firstName: 'Matrix' }),
  ),
  'POST /api/staff/:id/leave': endpoint(
    emptyBody((k) => `/api/staff/${k.outsider}/leave`),
    otherKommun((k) => `/api/staff/${k.outsider}/leave`, {
      version: 1,
      employmentEnd: '2026-12-31',
    }),
  ),
  'GET /api/staff/:id/assessments': endpoint(
    own("the caseworker's own record", (k) => `/api/staff/${k.self}/assessments`, STAFF_READERS_OK),
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/staff/${k.colleague}/assessments`,
      LEADERS_OK,
    ),
    own(
      "staff outside the team leader's units",
      (k) => `/api/staff/${k.outsider}/assessments`,
      ADMIN_OK,
    ),
    otherKommun((k) => `/api/staff/${k.self}/assessments`),
  ),

  'GET /api/staff/:id/targets': endpoint(
    own("the caseworker's own record", (k) => `/api/staff/${k.self}/targets`, STAFF_READERS_OK),
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/staff/${k.colleague}/targets`,
      LEADERS_OK,
    ),
    own(
      "staff outside the team leader's units",
      (k) => `/api/staff/${k.outsider}/targets`,
      ADMIN_OK,
    ),
    own(
      'in a round of another kommun',
      (k, f) => `/api/staff/${k.self}/targets?roundId=${f.other.round}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/staff/${k.self}/targets`),
  ),

  'GET /api/staff/:id/gaps': endpoint(
    own("the caseworker's own record", (k) => `/api/staff/${k.self}/gaps`, STAFF_READERS_OK),
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/staff/${k.colleague}/gaps`,
      LEADERS_OK,
    ),
    own("staff outside the team leader's units", (k) => `/api/staff/${k.outsider}/gaps`, ADMIN_OK),
    own(
      'in a round of another kommun',
      (k, f) => `/api/staff/${k.self}/gaps?roundId=${f.other.round}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/staff/${k.self}/gaps`),
  ),
  'GET /api/rounds/:id/gaps': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/gaps`, LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/gaps?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/gaps?unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/gaps`),
  ),
  'GET /api/rounds/:id/gaps/units': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/gaps/units`, LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/gaps/units?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/gaps/units?unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/gaps/units`),
  ),
  'GET /api/rounds/:id/gaps/export': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/gaps/export?format=csv`, LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/gaps/export?format=xlsx&unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/gaps/export?format=csv&unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/gaps/export?format=csv`),
  ),
  'GET /api/rounds/:id/gaps/training': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/gaps/training`, LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/gaps/training?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/gaps/training?unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/gaps/training`),
  ),

  // Training: the catalogue is read by the kommun roles and the regional analyst (the län's
  // courses); courses and sessions kept by the administrator and the regional analyst; bookings
  // by administrators and team leaders in their reach, a caseworker asking for themself.
  'GET /api/courses': simple('/api/courses', CATALOGUE_READERS_OK),
  'GET /api/courses/:id': endpoint(
    {
      label: "the kommun's own course",
      path: (f) => `/api/courses/${f.training.own.course}`,
      expected: STAFF_READERS_OK,
    },
    {
      label: "the län's course",
      path: (f) => `/api/courses/${f.training.countyCourse}`,
      expected: CATALOGUE_READERS_OK,
    },
    {
      label: 'other kommun',
      path: (f) => `/api/courses/${f.training.other.course}`,
      expected: NOBODY,
    },
  ),
  'POST /api/courses': simple(
    '/api/courses',
    may({ municipality_admin: 400, regional_analyst: 400 }),
    {},
  ),
  'PUT /api/courses/:id': endpoint(
    {
      label: 'empty body',
      path: (f) => `/api/courses/${f.training.own.course}`,
      body: {},
      expected: may({ municipality_admin: 400, regional_analyst: 400 }),
    },
    {
      label: "the kommun's own course, stale version",
      path: (f) => `/api/courses/${f.training.own.course}`,
      body: { ...COURSE_BODY, version: 99 },
      expected: may({ municipality_admin: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/courses/${f.training.other.course}`,
      body: { ...COURSE_BODY, version: 1 },
      expected: NOBODY,
    },
  ),
  'POST /api/courses/:id/sessions': endpoint(
    {
      label: "the kommun's own course",
      path: (f) => `/api/courses/${f.training.own.course}/sessions`,
      body: SESSION_BODY,
      expected: may({ municipality_admin: 201 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/courses/${f.training.other.course}/sessions`,
      body: SESSION_BODY,
      expected: NOBODY,
    },
  ),
  'GET /api/sessions': simple('/api/sessions?from=2027-01-01', CATALOGUE_READERS_OK),
  'GET /api/sessions/:id': endpoint(
    {
      label: "the kommun's session",
      path: (f) => `/api/sessions/${f.training.own.session}`,
      expected: STAFF_READERS_OK,
    },
    {
      label: 'other kommun',
      path: (f) => `/api/sessions/${f.training.other.session}`,
      expected: NOBODY,
    },
  ),
  'GET /api/sessions/:id/participations': endpoint(
    {
      label: "the kommun's session",
      path: (f) => `/api/sessions/${f.training.own.session}/participations`,
      expected: LEADERS_OK,
    },
    {
      label: 'other kommun',
      path: (f) => `/api/sessions/${f.training.other.session}/participations`,
      expected: NOBODY,
    },
  ),
  'POST /api/sessions/:id/participations': endpoint(
    // The caseworker asks first (callers run in ROLES order); booking the same person again
    // overlaps, which proves the team leader and the administrator reached the rule.
    {
      label: "the caseworker's own record",
      path: (f) => `/api/sessions/${f.training.own.session}/participations`,
      body: (f) => bookingBody(f.own.self),
      expected: may({ caseworker: 201, team_leader: 409, municipality_admin: 409 }),
    },
    {
      label: "staff outside the team leader's units",
      path: (f) => `/api/sessions/${f.training.own.session}/participations`,
      body: (f) => bookingBody(f.own.outsider),
      expected: may({ municipality_admin: 201 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/sessions/${f.training.other.session}/participations`,
      body: (f) => bookingBody(f.other.self),
      expected: NOBODY,
    },
  ),
  'PATCH /api/participations/:id': endpoint(
    {
      label: "a colleague in the team leader's unit, stale version",
      path: (f) => `/api/participations/${f.training.own.participation}`,
      body: { version: 99 },
      expected: may({ municipality_admin: 409, team_leader: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/participations/${f.training.other.participation}`,
      body: { version: 1, status: 'completed' },
      expected: NOBODY,
    },
  ),
  'GET /api/staff/:id/participations': endpoint(
    own(
      "the caseworker's own record",
      (k) => `/api/staff/${k.self}/participations`,
      STAFF_READERS_OK,
    ),
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/staff/${k.colleague}/participations`,
      LEADERS_OK,
    ),
    own(
      "staff outside the team leader's units",
      (k) => `/api/staff/${k.outsider}/participations`,
      ADMIN_OK,
    ),
    otherKommun((k) => `/api/staff/${k.self}/participations`),
  ),
  'GET /api/suggestions': endpoint(
    { label: 'a topic and level', path: () => '/api/suggestions?topicCode=SA01&level=basic&people=2', expected: STAFF_READERS_OK },
    { label: 'no topic', path: () => '/api/suggestions?level=basic', expected: may({ caseworker: 400, team_leader: 400, municipality_admin: 400 }) },
  ),
  'GET /api/plans': simple('/api/plans?year=2027', STAFF_READERS_OK),
  'GET /api/plans/indicators': simple('/api/plans/indicators?year=2027', ADMIN_OK),
  'GET /api/plans/:id': endpoint(
    { label: "the kommun's plan", path: (f) => `/api/plans/${f.training.own.plan}`, expected: LEADERS_OK },
    {
      label: "a colleague's plan in the team leader's unit",
      path: (f) => `/api/plans/${f.training.own.individualPlan}`,
      expected: LEADERS_OK,
    },
    { label: 'other kommun', path: (f) => `/api/plans/${f.training.other.plan}`, expected: NOBODY },
  ),
  'POST /api/plans': simple('/api/plans', may({ municipality_admin: 400, team_leader: 400 }), {}),
  'PUT /api/plans/:id': endpoint(
    {
      label: "a colleague's plan, stale version",
      path: (f) => `/api/plans/${f.training.own.individualPlan}`,
      body: { ...PLAN_BODY, version: 99 },
      expected: may({ municipality_admin: 409, team_leader: 409 }),
    },
    { label: 'other kommun', path: (f) => `/api/plans/${f.training.other.plan}`, body: PLAN_BODY, expected: NOBODY },
  ),
  'PUT /api/plans/:id/follow-up': endpoint(
    {
      label: "a colleague's plan, stale version",
      path: (f) => `/api/plans/${f.training.own.individualPlan}/follow-up`,
      body: { ...FOLLOW_UP_BODY, version: 99 },
      expected: may({ municipality_admin: 409, team_leader: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/plans/${f.training.other.plan}/follow-up`,
      body: FOLLOW_UP_BODY,
      expected: NOBODY,
    },
  ),
  'GET /api/follow-ups/due': endpoint(
    { label: "the caller's reach", path: () => '/api/follow-ups/due', expected: LEADERS_OK },
    {
      label: "a unit outside the team leader's",
      path: (f) => `/api/follow-ups/due?unitId=${f.own.otherUnit}`,
      expected: ADMIN_OK,
    },
    { label: 'other kommun', path: (f) => `/api/follow-ups/due?unitId=${f.other.ledUnit}`, expected: NOBODY },
  ),
  'GET /api/follow-ups/indicators': simple('/api/follow-ups/indicators?year=2027', ADMIN_OK),
  'GET /api/training/reports/effect': simple('/api/training/reports/effect', LEADERS_OK),
  'GET /api/training/reports/delivery': simple('/api/training/reports/delivery?year=2027', LEADERS_OK),
  'GET /api/training/reports/reach': simple('/api/training/reports/reach?year=2027', LEADERS_OK),
  'GET /api/participations/:id/follow-up': endpoint(
    {
      // Booked, not completed: there is no follow-up yet, so 404 to everyone who reaches it too.
      label: "a colleague's booking in the team leader's unit",
      path: (f) => `/api/participations/${f.training.own.participation}/follow-up`,
      expected: NOBODY,
    },
    {
      label: 'other kommun',
      path: (f) => `/api/participations/${f.training.other.participation}/follow-up`,
      expected: NOBODY,
    },
  ),
  'PUT /api/participations/:id/follow-up': endpoint(
    {
      label: "a colleague's booking in the team leader's unit, not completed",
      path: (f) => `/api/participations/${f.training.own.participation}/follow-up`,
      body: FOLLOW_UP_OF_COURSE,
      expected: may({ municipality_admin: 409, team_leader: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/participations/${f.training.other.participation}/follow-up`,
      body: FOLLOW_UP_OF_COURSE,
      expected: NOBODY,
    },
  ),
  'GET /api/introduction-programmes': simple('/api/introduction-programmes', LEADERS_OK),
  'POST /api/introduction-programmes': simple('/api/introduction-programmes', may({ municipality_admin: 400 }), {}),
  'PUT /api/introduction-programmes/:id': endpoint(
    {
      label: 'own kommun, stale version',
      path: (f) => `/api/introduction-programmes/${f.training.own.programme}`,
      body: { ...INTRODUCTION_PROGRAMME_BODY, version: 99 },
      expected: may({ municipality_admin: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/introduction-programmes/${f.training.other.programme}`,
      body: { ...INTRODUCTION_PROGRAMME_BODY, version: 1 },
      expected: NOBODY,
    },
  ),
  'GET /api/introductions': endpoint(
    // The caseworker reaches their own and their mentees' (the colleague's, in the fixtures).
    { label: "the caller's reach", path: () => '/api/introductions', expected: STAFF_READERS_OK },
    {
      label: "a unit outside the team leader's",
      path: (f) => `/api/introductions?unitId=${f.own.otherUnit}`,
      expected: ADMIN_OK,
    },
    { label: 'other kommun', path: (f) => `/api/introductions?unitId=${f.other.ledUnit}`, expected: NOBODY },
  ),
  'GET /api/introductions/new-staff': endpoint(
    { label: "the caller's reach", path: () => '/api/introductions/new-staff', expected: LEADERS_OK },
    {
      label: "a unit outside the team leader's",
      path: (f) => `/api/introductions/new-staff?unitId=${f.own.otherUnit}`,
      expected: ADMIN_OK,
    },
    { label: 'other kommun', path: (f) => `/api/introductions/new-staff?unitId=${f.other.ledUnit}`, expected: NOBODY },
  ),
  'GET /api/introductions/mentor-load': simple('/api/introductions/mentor-load', ADMIN_OK),
  'GET /api/introductions/:id': endpoint(
    {
      label: "the colleague's, the caseworker their mentor",
      path: (f) => `/api/introductions/${f.training.own.introduction}`,
      expected: STAFF_READERS_OK,
    },
    { label: 'other kommun', path: (f) => `/api/introductions/${f.training.other.introduction}`, expected: NOBODY },
  ),
  'POST /api/introductions': simple('/api/introductions', may({ municipality_admin: 400, team_leader: 400 }), {}),
  'PUT /api/introductions/:id': endpoint(
    {
      label: "the colleague's, stale version",
      path: (f) => `/api/introductions/${f.training.own.introduction}`,
      body: (f) => introductionBody(f.training.own.programme),
      expected: may({ municipality_admin: 409, team_leader: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/introductions/${f.training.other.introduction}`,
      body: (f) => ({ ...introductionBody(f.training.other.programme), version: 1 }),
      expected: NOBODY,
    },
  ),
  'PUT /api/introductions/:id/steps/:stepId': endpoint(
    {
      // The caseworker is the colleague's mentor: they read it, they do not mark it.
      label: "the colleague's reading step, stale version",
      path: (f) => `/api/introductions/${f.training.own.introduction}/steps/${f.training.own.readingStep}`,
      body: { version: 99, done: true },
      expected: may({ municipality_admin: 409, team_leader: 409, caseworker: 403 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/introductions/${f.training.other.introduction}/steps/${f.training.other.readingStep}`,
      body: { version: 1, done: true },
      expected: NOBODY,
    },
  ),
  'GET /api/supervision/arrangements': simple('/api/supervision/arrangements', STAFF_READERS_OK),
  'POST /api/supervision/arrangements': endpoint(
    own("a colleague in the team leader's unit", () => '/api/supervision/arrangements', may({ municipality_admin: 201, team_leader: 201 }), (f) =>
      arrangementBody(f.own.colleague),
    ),
    otherKommun(() => '/api/supervision/arrangements', (f) => arrangementBody(f.other.colleague)),
  ),
  'PUT /api/supervision/arrangements/:id': endpoint({
    label: 'an arrangement that does not exist',
    path: () => '/api/supervision/arrangements/00000000-0000-4000-8000-000000000000',
    body: (f) => ({ ...arrangementBody(f.own.colleague), version: 1 }),
    expected: NOBODY,
  }),
  'GET /api/supervision/flags': endpoint(
    { label: "the caller's reach", path: () => '/api/supervision/flags', expected: LEADERS_OK },
    {
      label: "a unit outside the team leader's",
      path: (f) => `/api/supervision/flags?unitId=${f.own.otherUnit}`,
      expected: ADMIN_OK,
    },
    { label: 'other kommun', path: (f) => `/api/supervision/flags?unitId=${f.other.ledUnit}`, expected: NOBODY },
  ),
  'GET /api/supervision/supervisors': simple('/api/supervision/supervisors?topicCode=SA01', LEADERS_OK),
  'GET /api/qualification': endpoint(
    { label: "the caller's reach", path: () => '/api/qualification', expected: LEADERS_OK },
    {
      label: "a unit outside the team leader's",
      path: (f) => `/api/qualification?unitId=${f.own.otherUnit}`,
      expected: ADMIN_OK,
    },
    { label: 'other kommun', path: (f) => `/api/qualification?unitId=${f.other.ledUnit}`, expected: NOBODY },
  ),
  'GET /api/grants': simple('/api/grants', ADMIN_OK),
  'POST /api/grants': simple('/api/grants', may({ municipality_admin: 400 }), {}),
  'PUT /api/grants/:id': endpoint(
    {
      label: 'own kommun, stale version',
      path: (f) => `/api/grants/${f.training.own.grant}`,
      body: GRANT_BODY,
      expected: may({ municipality_admin: 409 }),
    },
    {
      label: 'other kommun',
      path: (f) => `/api/grants/${f.training.other.grant}`,
      body: { ...GRANT_BODY, version: 1 },
      expected: NOBODY,
    },
  ),
  'GET /api/funding': simple('/api/funding?year=2027', ADMIN_OK),

  // Workforce planning: HR's; a team leader reads the figures and vacancies of their units.
  'GET /api/workforce/figures': endpoint(
    own("the caller's reach", () => '/api/workforce/figures', LEADERS_OK),
    own('a unit the team leader leads', (k) => `/api/workforce/figures?unitId=${k.ledUnit}`, LEADERS_OK),
    otherKommun((k) => `/api/workforce/figures?unitId=${k.ledUnit}`),
  ),
  'GET /api/workforce/forecast': simple('/api/workforce/forecast', ADMIN_OK),
  'GET /api/workforce/vacancies': simple('/api/workforce/vacancies', LEADERS_OK),
  'POST /api/workforce/vacancies': simple('/api/workforce/vacancies', may({ municipality_admin: 400 }), {}),
  'PUT /api/workforce/vacancies/:id': simple('/api/workforce/vacancies/00000000-0000-4000-8000-000000000000', may({ municipality_admin: 400 }), {}),
  'DELETE /api/workforce/vacancies/:id': simple('/api/workforce/vacancies/00000000-0000-4000-8000-000000000000', NOBODY),
  'GET /api/workforce/planned-changes': simple('/api/workforce/planned-changes', ADMIN_OK),
  'POST /api/workforce/planned-changes': simple('/api/workforce/planned-changes', may({ municipality_admin: 400 }), {}),
  'PUT /api/workforce/planned-changes/:id': simple('/api/workforce/planned-changes/00000000-0000-4000-8000-000000000000', may({ municipality_admin: 400 }), {}),
  'DELETE /api/workforce/planned-changes/:id': simple('/api/workforce/planned-changes/00000000-0000-4000-8000-000000000000', NOBODY),
  'GET /api/workforce/settings': simple('/api/workforce/settings', ADMIN_OK),
  'PUT /api/workforce/settings': simple('/api/workforce/settings', may({ municipality_admin: 400 }), {}),

  // Målnivåer: the kommun administrator sets them for the kommun and any unit; a team leader reads
  // those of their units (and the kommun-wide ones they inherit).
  'GET /api/targets': endpoint(
    own('the kommun-wide set', (_k, f) => targetsQuery(f.national), LEADERS_OK),
    own('a unit the team leader leads', (k, f) => targetsQuery(f.national, k.ledUnit), LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k, f) => targetsQuery(f.national, k.otherUnit),
      ADMIN_OK,
    ),
    own("another kommun's extension", (_k, f) => targetsQuery(f.other.extension), NOBODY),
    otherKommun((k, f) => targetsQuery(f.national, k.ledUnit)),
  ),
  'PUT /api/targets': endpoint(
    own(
      'the kommun-wide set',
      () => '/api/targets',
      may({ municipality_admin: 200 }),
      (f) => targetSetBody(null, f.national),
    ),
    own(
      'a unit the team leader leads',
      () => '/api/targets',
      may({ municipality_admin: 200 }),
      (f) => targetSetBody(f.own.ledUnit, f.national),
    ),
    // Another kommun's unit or framework is answered as an unknown one (400), see asUnknownReference.
    own(
      'a unit of another kommun',
      () => '/api/targets',
      asUnknownReference(NOBODY),
      (f) => targetSetBody(f.other.ledUnit, f.national),
    ),
    own(
      "another kommun's extension",
      () => '/api/targets',
      asUnknownReference(NOBODY),
      (f) => targetSetBody(null, f.other.extension),
    ),
  ),

  // Audit: a kommun administrator reads the kommun's records, a national analyst the national frameworks.
  'GET /api/audit/:entityType/:entityId': endpoint(
    own('a staff member', (k) => `/api/audit/staff_member/${k.self}`, ADMIN_OK),
    own('a unit', (k) => `/api/audit/org_unit/${k.ledUnit}`, ADMIN_OK),
    own(
      'a national draft',
      (_k, f) => `/api/audit/competence_framework/${f.nationalDraft}`,
      may({ national_analyst: 200 }),
    ),
    otherKommun((k) => `/api/audit/staff_member/${k.self}`),
    otherKommun((k) => `/api/audit/inventory_round/${k.round}`),
    otherKommun((k) => `/api/audit/competence_framework/${k.extension}`),
  ),

  // HR's audit page: the kommun's trail, the kommun administrator only.
  'GET /api/audit': endpoint(
    own('the whole trail', () => '/api/audit', ADMIN_OK),
    own('one person', (k) => `/api/audit?staffMemberId=${k.self}`, ADMIN_OK),
    own('a person of another kommun', (_k, f) => `/api/audit?staffMemberId=${f.other.self}`, NOBODY),
  ),

  // Who read a person's competence data: the kommun administrator only.
  'GET /api/audit/staff_member/:id/reads': endpoint(
    own('a staff member', (k) => `/api/audit/staff_member/${k.self}/reads`, ADMIN_OK),
    otherKommun((k) => `/api/audit/staff_member/${k.self}/reads`),
  ),

  // The national tier (FORMATS.md §4): the national analyst keeps rounds and reads the tables; a
  // kommun administrator submits the kommun's own aggregates and reads its own submissions.
  'GET /api/national/rounds': simple('/api/national/rounds', may({ national_analyst: 200 })),
  'POST /api/national/rounds': endpoint(
    own('a new round', () => '/api/national/rounds', may({ national_analyst: 201 }), (f) => ({
      code: 'RM-NEW',
      frameworkId: f.national,
      referenceDate: '2027-03-01',
      opensOn: '2027-02-15',
      closesOn: '2027-04-30',
    })),
  ),
  'GET /api/national/rounds/:code': simple('/api/national/rounds/RM', may({ national_analyst: 200 })),
  'GET /api/national/rounds/:code/trend': simple('/api/national/rounds/RM/trend', may({ national_analyst: 200 })),
  'GET /api/national/rounds/:code/status': simple('/api/national/rounds/RM/status', may({ national_analyst: 200 })),
  'GET /api/national/rounds/:code/tables/:table': endpoint(
    own('topics', () => '/api/national/rounds/RM/tables/topics', may({ national_analyst: 200 })),
    own('caseworkers in a län', () => '/api/national/rounds/RM/tables/caseworkers?lan=14', may({ national_analyst: 200 })),
  ),
  // The matrix sends JSON, not a file: both callers get the 422 of a missing file.
  'POST /api/national/rounds/:code/submissions': simple(
    '/api/national/rounds/RM/submissions?dryRun=true',
    may({ national_analyst: 422, municipality_admin: 422 }),
  ),
  'POST /api/national/rounds/:code/own-submission/preview': endpoint(
    own('an open kommun round', () => '/api/national/rounds/RM/own-submission/preview', may({ municipality_admin: 409 }), (f) => ({
      inventoryRoundId: f.own.round,
      indicators: {},
    })),
    otherKommun(() => '/api/national/rounds/RM/own-submission/preview', (f) => ({ inventoryRoundId: f.other.round, indicators: {} })),
  ),
  'POST /api/national/rounds/:code/own-submission': endpoint(
    own('an open kommun round', () => '/api/national/rounds/RM/own-submission', may({ municipality_admin: 409 }), (f) => ({
      inventoryRoundId: f.own.round,
      indicators: {},
    })),
    otherKommun(() => '/api/national/rounds/RM/own-submission', (f) => ({ inventoryRoundId: f.other.round, indicators: {} })),
  ),
  // Publication (docs/national.md §6): the national analyst previews and publishes a closed round
  // (RM is open: 409); anyone, without a session, reads the published rounds and their tables.
  'GET /api/national/rounds/:code/publication-preview': simple(
    '/api/national/rounds/RM/publication-preview',
    may({ national_analyst: 200 }),
  ),
  'GET /api/national/rounds/:code/publications': simple('/api/national/rounds/RM/publications', may({ national_analyst: 200 })),
  'POST /api/national/rounds/:code/publications': endpoint(
    own('an open round', () => '/api/national/rounds/RM/publications', may({ national_analyst: 409 }), () => ({})),
  ),
  'GET /api/public/national/rounds': simple('/api/public/national/rounds', everyone(200)),
  'GET /api/public/national/rounds/:code/tables/:table': simple('/api/public/national/rounds/RM/tables/topics', everyone(404)),
  // The public page's round and downloads (RM is not published: 404 to everyone).
  'GET /api/public/national/rounds/:code': simple('/api/public/national/rounds/RM', everyone(404)),
  'GET /api/public/national/rounds/:code/download.xlsx': simple('/api/public/national/rounds/RM/download.xlsx', everyone(404)),
  'GET /api/public/national/rounds/:code/tables/:table.csv': simple('/api/public/national/rounds/RM/tables/topics.csv', everyone(404)),
  'GET /api/public/national/rounds/:code/tables/:table.px': simple('/api/public/national/rounds/RM/tables/topics.px', everyone(404)),
  'GET /api/national/classifications': simple('/api/national/classifications', may({ national_analyst: 200 })),
  // JSON, not a file: the analyst gets the 422 of a missing file.
  'POST /api/national/classifications': simple(
    '/api/national/classifications?code=RM-2011&name=Matris',
    may({ national_analyst: 422 }),
  ),
  'GET /api/national/own/rounds': simple('/api/national/own/rounds', ADMIN_OK),
  // The round of the fixtures is open: no frozen population to check yet.
  'GET /api/national/own/inventory-rounds/:id/completeness': endpoint(
    own('an open kommun round', (k) => `/api/national/own/inventory-rounds/${k.round}/completeness`, may({ municipality_admin: 409 })),
    otherKommun((k) => `/api/national/own/inventory-rounds/${k.round}/completeness`),
  ),
  'GET /api/national/own/submissions': simple('/api/national/own/submissions', ADMIN_OK),
  'GET /api/national/own/submissions/:id/file': endpoint(
    own("the kommun's submission", (_k, f) => `/api/national/own/submissions/${f.ownSubmission}/file`, ADMIN_OK),
    otherKommun((_k, f) => `/api/national/own/submissions/${f.otherSubmission}/file`),
  ),

  // Comparison and the regional view (docs/national.md §8): RM is not published, so 404 to those who may ask.
  'GET /api/national/own/comparisons': simple('/api/national/own/comparisons', ADMIN_OK),
  'GET /api/national/own/comparisons/:code/tables/:table': simple('/api/national/own/comparisons/RM/tables/topics', NOBODY),
  'GET /api/national/own/comparisons/:code/trend': simple('/api/national/own/comparisons/RM/trend', NOBODY),
  'GET /api/regional/rounds': simple('/api/regional/rounds', may({ regional_analyst: 200 })),
  'GET /api/regional/rounds/:code/tables/:table': simple('/api/regional/rounds/RM/tables/topics', NOBODY),
  // Frameworks: national versions are read by everyone with competence data and edited by national
  // analysts; a kommun's extension is read by its own people and edited by its administrators.
  'GET /api/frameworks': simple('/api/frameworks', FRAMEWORK_READERS_OK),
  'GET /api/frameworks/:id': endpoint(
    own('the national framework', (_k, f) => `/api/frameworks/${f.national}`, FRAMEWORK_READERS_OK),
    own("the kommun's extension", (k) => `/api/frameworks/${k.extension}`, KOMMUN_READERS_OK),
    otherKommun((k) => `/api/frameworks/${k.extension}`),
  ),
  // New frameworks (from scratch, an example or an import's confirm): national analysts make national
  // ones, kommun administrators their kommun's own; an empty body answers those two with 400.
  'POST /api/frameworks': simple('/api/frameworks', may({ national_analyst: 400, municipality_admin: 400 }), {}),
  'GET /api/frameworks/examples': simple('/api/frameworks/examples', may({ national_analyst: 200, municipality_admin: 200 })),
  'POST /api/frameworks/examples/:key/copy': simple(
    '/api/frameworks/examples/ekonomiskt-bistand/copy',
    may({ national_analyst: 400, municipality_admin: 400 }),
    {},
  ),
  // A preview writes nothing: an empty file is answered with its problem.
  'POST /api/frameworks/import/file': simple('/api/frameworks/import/file', may({ national_analyst: 200, municipality_admin: 200 })),
  'GET /api/frameworks/:id/export': endpoint(
    own('the national framework', (_k, f) => `/api/frameworks/${f.national}/export`, FRAMEWORK_READERS_OK),
    own("the kommun's extension", (k) => `/api/frameworks/${k.extension}/export?format=xlsx`, KOMMUN_READERS_OK),
    otherKommun((k) => `/api/frameworks/${k.extension}/export`),
  ),
  'POST /api/frameworks/:id/versions': endpoint(
    // The national analysts' draft of the next version already exists.
    own(
      'the national framework',
      (_k, f) => `/api/frameworks/${f.national}/versions`,
      may({ national_analyst: 409 }),
    ),
    own("the kommun's extension", (k) => `/api/frameworks/${k.extension}/versions`, NOBODY),
    otherKommun((k) => `/api/frameworks/${k.extension}/versions`),
  ),
  'POST /api/frameworks/:id/extensions': endpoint(
    // The kommun's draft extension already exists.
    own(
      'the national framework',
      (_k, f) => `/api/frameworks/${f.national}/extensions`,
      may({ municipality_admin: 409 }),
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/extensions`),
  ),
  'PATCH /api/frameworks/:id': endpoint(
    own(
      'the national draft, stale version',
      (_k, f) => `/api/frameworks/${f.nationalDraft}`,
      may({ national_analyst: 409 }),
      {
        rowVersion: 999,
        name: 'Matrix',
      },
    ),
    own(
      "the kommun's extension, stale version",
      (k) => `/api/frameworks/${k.extension}`,
      may({ municipality_admin: 409 }),
      {
        rowVersion: 999,
        name: 'Matrix',
      },
    ),
    otherKommun(
      (k) => `/api/frameworks/${k.extension}`,
      (f) => ({ rowVersion: f.other.extensionRowVersion, name: 'Matrix' }),
    ),
  ),
  'POST /api/frameworks/:id/publish': endpoint(
    own(
      'the national draft, stale version',
      (_k, f) => `/api/frameworks/${f.nationalDraft}/publish`,
      may({ national_analyst: 409 }),
      {
        rowVersion: 999,
      },
    ),
    own(
      "the kommun's extension, stale version",
      (k) => `/api/frameworks/${k.extension}/publish`,
      may({ municipality_admin: 409 }),
      {
        rowVersion: 999,
      },
    ),
    otherKommun(
      (k) => `/api/frameworks/${k.extension}/publish`,
      (f) => ({ rowVersion: f.other.extensionRowVersion }),
    ),
  ),
  'POST /api/frameworks/:id/areas': endpoint(
    own(
      'the national draft',
      (_k, f) => `/api/frameworks/${f.nationalDraft}/areas`,
      may({ national_analyst: 201 }),
      {
        code: 'MN',
        name: 'Nationellt matrisområde',
      },
    ),
    own(
      "the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/areas`,
      may({ municipality_admin: 201 }),
      {
        code: 'MK',
        name: 'Lokalt matrisområde',
      },
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/areas`, { code: 'MX', name: 'Matrix' }),
  ),
  'PATCH /api/frameworks/:id/areas/:childId': endpoint(
    own(
      "an area of the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/areas/${k.area}`,
      may({ municipality_admin: 200 }),
      {
        name: 'Lokala inriktningar',
      },
    ),
    own(
      "the other kommun's area through the own extension",
      (k, f) => `/api/frameworks/${k.extension}/areas/${f.other.area}`,
      NOBODY,
      {
        name: 'Matrix',
      },
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/areas/${k.area}`, { name: 'Matrix' }),
  ),
  'DELETE /api/frameworks/:id/areas/:childId': endpoint(
    own(
      "an area of the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/areas/${k.spareArea}`,
      may({ municipality_admin: 200 }),
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/areas/${k.spareArea}`),
  ),
  'POST /api/frameworks/:id/topics': endpoint(
    own(
      "the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/topics`,
      may({ municipality_admin: 201 }),
      {
        areaCode: 'LO',
        code: 'LO03',
        name: 'Matrisinriktning',
      },
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/topics`, {
      areaCode: 'LO',
      code: 'LO09',
      name: 'Matrix',
    }),
  ),
  'PATCH /api/frameworks/:id/topics/:childId': endpoint(
    own(
      "a topic of the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/topics/${k.topic}`,
      may({ municipality_admin: 200 }),
      {
        name: 'Signs of Safety (ny)',
      },
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/topics/${k.topic}`, { name: 'Matrix' }),
  ),
  'DELETE /api/frameworks/:id/topics/:childId': endpoint(
    own(
      "a topic of the kommun's extension",
      (k) => `/api/frameworks/${k.extension}/topics/${k.spareTopic}`,
      may({ municipality_admin: 200 }),
    ),
    otherKommun((k) => `/api/frameworks/${k.extension}/topics/${k.spareTopic}`),
  ),
  'PUT /api/frameworks/:id/levels/:level': endpoint(
    own(
      'the national draft',
      (_k, f) => `/api/frameworks/${f.nationalDraft}/levels/basic`,
      may({ national_analyst: 200 }),
      {
        name: 'Grundläggande',
        definition: 'Matrisens definition',
      },
    ),
    // An extension holds local topics only; its levels are the national version's.
    own("the kommun's extension", (k) => `/api/frameworks/${k.extension}/levels/basic`, NOBODY, {
      name: 'Matrix',
      definition: 'Matrix',
    }),
    otherKommun((k) => `/api/frameworks/${k.extension}/levels/basic`, {
      name: 'Matrix',
      definition: 'Matrix',
    }),
  ),
  'PUT /api/frameworks/:id/crosswalk': endpoint(
    own(
      'the national draft, stale version',
      (_k, f) => `/api/frameworks/${f.nationalDraft}/crosswalk`,
      may({ national_analyst: 409 }),
      {
        rowVersion: 999,
        entries: [],
      },
    ),
    own("the kommun's extension", (k) => `/api/frameworks/${k.extension}/crosswalk`, NOBODY, {
      rowVersion: 1,
      entries: [],
    }),
    otherKommun(
      (k) => `/api/frameworks/${k.extension}/crosswalk`,
      (f) => ({ rowVersion: f.other.extensionRowVersion, entries: [] }),
    ),
  ),

  // Inventory rounds: the kommun's people read them, its administrators plan and run them.
  'GET /api/rounds': simple('/api/rounds', STAFF_READERS_OK),
  'GET /api/rounds/:id': endpoint(
    own('a round of the kommun', (k) => `/api/rounds/${k.round}`, STAFF_READERS_OK),
    otherKommun((k) => `/api/rounds/${k.round}`),
  ),
  'POST /api/rounds': endpoint(
    own(
      'a new round',
      () => '/api/rounds',
      may({ municipality_admin: 201 }),
      (f) => ({ ...ROUND_BODY, frameworkId: f.national }),
    ),
    // Another kommun's framework or units are answered as unknown ones (400), see asUnknownReference.
    own(
      "on another kommun's extension",
      () => '/api/rounds',
      asUnknownReference(NOBODY),
      (f) => ({
        ...ROUND_BODY,
        frameworkId: f.other.extension,
      }),
    ),
    own(
      'with a unit of another kommun',
      () => '/api/rounds',
      asUnknownReference(NOBODY),
      (f) => ({
        ...ROUND_BODY,
        frameworkId: f.national,
        unitIds: [f.other.ledUnit],
      }),
    ),
  ),
  'PATCH /api/rounds/:id': endpoint(
    emptyBody((k) => `/api/rounds/${k.round}`),
    otherKommun(
      (k) => `/api/rounds/${k.round}`,
      (f) => ({ version: f.other.roundVersion, name: 'Matrix' }),
    ),
  ),
  'POST /api/rounds/:id/open': endpoint(
    emptyBody((k) => `/api/rounds/${k.round}/open`),
    otherKommun(
      (k) => `/api/rounds/${k.round}/open`,
      (f) => ({ version: f.other.roundVersion }),
    ),
  ),
  'POST /api/rounds/:id/close': endpoint(
    emptyBody((k) => `/api/rounds/${k.round}/close`),
    otherKommun(
      (k) => `/api/rounds/${k.round}/close`,
      (f) => ({ version: f.other.roundVersion }),
    ),
  ),
  'POST /api/rounds/:id/reopen': endpoint(
    emptyBody((k) => `/api/rounds/${k.round}/reopen`),
    otherKommun(
      (k) => `/api/rounds/${k.round}/reopen`,
      (f) => ({ version: f.other.roundVersion, reason: 'Matrix' }),
    ),
  ),
  // Imports, templates and exports of staff and assessment files: the kommun administrator's.
  'GET /api/imports': simple('/api/imports', only(ADMIN, 200)),
  'GET /api/imports/:id': endpoint(
    own('own kommun', (k) => `/api/imports/${k.importJob}`, only(ADMIN, 200)),
    otherKommun((k) => `/api/imports/${k.importJob}`),
  ),
  // The job of the fixtures is of an empty file: refused, so it cannot be confirmed.
  'POST /api/imports/:id/confirm': endpoint(
    own('own kommun', (k) => `/api/imports/${k.importJob}/confirm`, only(ADMIN, 409)),
    otherKommun((k) => `/api/imports/${k.importJob}/confirm`),
  ),
  // No body is an empty file: a refused job with its problem.
  'POST /api/imports/staff/file': simple('/api/imports/staff/file', only(ADMIN, 201)),
  'POST /api/imports/assessments/file': endpoint(
    own('own round', (k) => `/api/imports/assessments/file?roundId=${k.round}`, only(ADMIN, 201)),
    otherKommun((k) => `/api/imports/assessments/file?roundId=${k.round}`),
  ),
  'GET /api/imports/staff/template': simple('/api/imports/staff/template', only(ADMIN, 200)),
  'GET /api/imports/staff/export': simple('/api/imports/staff/export?format=csv', only(ADMIN, 200)),
  'GET /api/imports/assessments/template': endpoint(
    own('own round', (k) => `/api/imports/assessments/template?roundId=${k.round}`, only(ADMIN, 200)),
    otherKommun((k) => `/api/imports/assessments/template?roundId=${k.round}`),
  ),
  'GET /api/imports/assessments/export': endpoint(
    own('own round', (k) => `/api/imports/assessments/export?roundId=${k.round}`, only(ADMIN, 200)),
    otherKommun((k) => `/api/imports/assessments/export?roundId=${k.round}&format=csv`),
  ),

  // GDPR: the administrator exports and erases; anyone with a staff record downloads their own.
  'GET /api/privacy/me/export': simple('/api/privacy/me/export', may({ caseworker: 200 })),
  'GET /api/privacy/staff/:id/export': endpoint(
    own("the caseworker's record", (k) => `/api/privacy/staff/${k.self}/export`, only(ADMIN, 200)),
    otherKommun((k) => `/api/privacy/staff/${k.self}/export`),
  ),
  // Everyone of the fixtures is still employed: erasure is refused.
  'POST /api/privacy/staff/:id/erase': endpoint(
    own("the caseworker's record", (k) => `/api/privacy/staff/${k.self}/erase`, only(ADMIN, 409)),
    otherKommun((k) => `/api/privacy/staff/${k.self}/erase`),
  ),
  'GET /api/privacy/retention': simple('/api/privacy/retention', only(ADMIN, 200)),
  // The fixtures' round is open: not purgeable.
  'POST /api/privacy/rounds/:id/purge': endpoint(
    own('open round', (k) => `/api/privacy/rounds/${k.round}/purge`, only(ADMIN, 409)),
    otherKommun((k) => `/api/privacy/rounds/${k.round}/purge`),
  ),

  'GET /api/rounds/:id/matrix': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/matrix`, LEADERS_OK),
    // A unit filter outside the caller's scope is not found.
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/matrix?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/matrix?unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/matrix`),
  ),
  'GET /api/rounds/:id/dashboard': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/dashboard`, LEADERS_OK),
    // A unit filter outside the caller's scope is not found.
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/dashboard?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/dashboard?unitId=${f.other.ledUnit}`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/dashboard`),
  ),
  'GET /api/overview/service-areas': endpoint(
    own("the caller's scope", () => '/api/overview/service-areas', LEADERS_OK),
    own('a unit the team leader does not lead', (k) => `/api/overview/service-areas?unitId=${k.otherUnit}`, ADMIN_OK),
    own('a unit of another kommun', (_k, f) => `/api/overview/service-areas?unitId=${f.other.ledUnit}`, NOBODY),
  ),
  'GET /api/rounds/:id/trend': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/trend`, LEADERS_OK),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/trend?unitId=${k.otherUnit}`,
      ADMIN_OK,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/trend`),
  ),
  'PUT /api/rounds/:id/assessments': endpoint(
    // The team leader saves first (callers run in ROLES order), so the administrator's
    // expectedVersion 0 on the same cell is stale: a conflict, which proves it reached the save.
    own(
      "a colleague in the team leader's unit",
      (k) => `/api/rounds/${k.round}/assessments`,
      may({ team_leader: 200, municipality_admin: 409 }),
      (f) => ({
        cells: [cell(f.own.colleague, 'SA01')],
      }),
    ),
    own(
      "staff outside the team leader's units",
      (k) => `/api/rounds/${k.round}/assessments`,
      may({ municipality_admin: 200 }),
      (f) => ({
        cells: [cell(f.own.outsider, 'SA01')],
      }),
    ),
    own(
      'staff of another kommun',
      (k) => `/api/rounds/${k.round}/assessments`,
      NOBODY,
      (f) => ({
        cells: [cell(f.other.self, 'SA01')],
      }),
    ),
    otherKommun(
      (k) => `/api/rounds/${k.round}/assessments`,
      (f) => ({ cells: [cell(f.other.self, 'SA02')] }),
    ),
  ),
  'PUT /api/rounds/:id/self-assessments': endpoint(
    own(
      "the caseworker's own levels",
      (k) => `/api/rounds/${k.round}/self-assessments`,
      may({ caseworker: 200 }),
      {
        cells: [{ topicCode: 'SA01', value: 'advanced', expectedVersion: 0 }],
      },
    ),
    otherKommun((k) => `/api/rounds/${k.round}/self-assessments`, {
      cells: [{ topicCode: 'SA02', value: 'advanced', expectedVersion: 0 }],
    }),
  ),

  // Following a round up: the units' progress, a team leader's sign-off of a unit in their reach,
  // and the administrator's reminders.
  'GET /api/rounds/:id/progress': endpoint(
    own("the caller's scope", (k) => `/api/rounds/${k.round}/progress`, LEADERS_OK),
    otherKommun((k) => `/api/rounds/${k.round}/progress`),
  ),
  'PUT /api/rounds/:id/units/:unitId/sign-off': endpoint(
    own(
      'a unit the team leader leads',
      (k) => `/api/rounds/${k.round}/units/${k.ledUnit}/sign-off`,
      LEADERS_OK,
    ),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/units/${k.otherUnit}/sign-off`,
      ADMIN_OK,
    ),
    own(
      'a unit of another kommun',
      (k, f) => `/api/rounds/${k.round}/units/${f.other.ledUnit}/sign-off`,
      NOBODY,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/units/${k.ledUnit}/sign-off`),
  ),
  'DELETE /api/rounds/:id/units/:unitId/sign-off': endpoint(
    own(
      'a unit the team leader leads',
      (k) => `/api/rounds/${k.round}/units/${k.ledUnit}/sign-off`,
      LEADERS_OK,
    ),
    own(
      'a unit the team leader does not lead',
      (k) => `/api/rounds/${k.round}/units/${k.otherUnit}/sign-off`,
      ADMIN_OK,
    ),
    otherKommun((k) => `/api/rounds/${k.round}/units/${k.ledUnit}/sign-off`),
  ),
  'POST /api/rounds/:id/reminders': endpoint(
    own('every unit not done', (k) => `/api/rounds/${k.round}/reminders`, ADMIN_OK, {}),
    own(
      'a unit of another kommun',
      (k) => `/api/rounds/${k.round}/reminders`,
      NOBODY,
      (f) => ({
        unitIds: [f.other.ledUnit],
      }),
    ),
    otherKommun((k) => `/api/rounds/${k.round}/reminders`, {}),
  ),

  // Messages in the app: each account its own (an id that is not the caller's is not found).
  'GET /api/notifications': simple('/api/notifications', STAFF_READERS_OK),
  'POST /api/notifications/:id/read': simple(
    '/api/notifications/00000000-0000-4000-8000-000000000000/read',
    NOBODY,
  ),
};

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route of the running app's Express router, as `METHOD /path` (all() routes as `ALL`). */
function routesOf(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] } };
  const keys = new Set<string>();
  for (const layer of express.router?.stack ?? []) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
    if (layer.route.methods['_all'] || methods.length > 20) {
      keys.add(`ALL ${layer.route.path}`);
    } else {
      for (const method of methods) keys.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...keys].sort();
}

describe('route matrix', () => {
  let t: TestApp;
  let fixtures: Fixtures;
  let otherKommunBefore: Record<string, string[]>;
  const sessions = new Map<Role, SignedIn>();
  /** Who each role's account is: kommun, the team leader's units, the caseworker's staff record. */
  const accounts = new Map<Role, Omit<CreateAccountOptions, 'role'>>();

  beforeAll(async () => {
    t = await createTestApp();
    await t.owner.query(
      `INSERT INTO municipality_identity_provider (municipality_id, issuer, client_id, client_secret)
       SELECT id, 'https://idp.stockholm.example', 'kompetenslaget', 'secret' FROM municipality WHERE code = '0180'`,
    );

    // The fixtures, through the API: each kommun's administrator builds its own, a national
    // analyst starts the next national version.
    const admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    const analyst = await signInAs(t, 'national_analyst');
    const frameworks = (await admin.get('/api/frameworks').expect(200))
      .body as CompetenceFrameworkSummary[];
    const national =
      frameworks.find((f) => f.code === 'BOU-2016' && f.status === 'published')?.id ?? '';
    const draft = (await analyst.post(`/api/frameworks/${national}/versions`).expect(201))
      .body as CompetenceFrameworkDetail;
    const own = await createKommunFixtures(admin, national);
    const other = await createKommunFixtures(otherAdmin, national);
    const submissions = await createNationalFixtures(t, analyst, national);
    const regional = await signInAs(t, 'regional_analyst');
    const training = {
      own: await createTrainingFixtures(admin, own),
      other: await createTrainingFixtures(otherAdmin, other),
      countyCourse: await createCountyCourse(regional),
    };
    fixtures = {
      ...submissions,
      userInOwnKommun: (await createAccount(t, { role: 'caseworker', municipalityCode: '0180' }))
        .id,
      userInOtherKommun: (await createAccount(t, { role: 'caseworker', municipalityCode: '1480' }))
        .id,
      administratorInOwnKommun: (await createAccount(t, { role: 'municipality_admin', municipalityCode: '0180' })).id,
      national,
      nationalDraft: draft.id,
      own,
      other,
      training,
    };

    // The callers: the kommun roles in 0180, the team leader leading one of its units, the
    // caseworker being one of its staff members.
    accounts.set('caseworker', { municipalityCode: '0180', staffMemberId: own.self });
    accounts.set('team_leader', { municipalityCode: '0180', unitIds: [own.ledUnit] });
    accounts.set('municipality_admin', { municipalityCode: '0180' });
    sessions.set('municipality_admin', admin);
    sessions.set('national_analyst', analyst);
    sessions.set('regional_analyst', regional);
    for (const role of ROLES) {
      if (!sessions.has(role)) sessions.set(role, await signInAs(t, role, accounts.get(role)));
    }
    otherKommunBefore = await kommunSnapshot(t, '1480');
  });
  afterAll(() => t.close());

  it('has a rule for every route of the router, and no rule for a route that does not exist', () => {
    const routes = routesOf(t);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => !(route in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((key) => !routes.includes(key))).toEqual([]);
  });

  const callAs = async (
    caller: Caller,
    method: Method,
    path: string,
    body: object | undefined,
    fresh: boolean,
  ) => {
    let test: Test;
    if (caller === 'anonymous') {
      test = t.http()[method](path);
    } else {
      const session = fresh
        ? await signInAs(t, caller, accounts.get(caller))
        : (sessions.get(caller) as SignedIn);
      test = session[method](path);
    }
    return body === undefined ? test : test.send(body);
  };

  // Every route × every caller × own/other kommun: several hundred requests in one test.
  it('answers every caller on every route as its rule says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of routesOf(t)) {
      const rule = RULES[route];
      if (!rule || rule.kind === 'middleware') continue;
      const method = route.split(' ')[0].toLowerCase() as Method;
      for (const c of rule.cases) {
        for (const caller of CALLERS) {
          const path = c.path(fixtures);
          const body = typeof c.body === 'function' ? c.body(fixtures) : c.body;
          const response = await callAs(caller, method, path, body, c.freshSession === true);
          calls += 1;
          const expected = ([] as number[]).concat(c.expected[caller]);
          if (!expected.includes(response.status)) {
            mismatches.push(
              `${route} [${c.label}] as ${caller}: ${response.status}, expected ${expected.join('|')}`,
            );
          }
          if (response.status === 401 || response.status === 404) {
            // Denials never disclose anything beyond the code.
            const extra = Object.keys(response.body as object).filter(
              (key) => !['statusCode', 'code', 'message', 'requestId'].includes(key),
            );
            expect({ route, extra }).toEqual({ route, extra: [] });
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(700);
    // Every route × every caller, one at a time: ≈ 10 s on a quiet machine, over 30 s on a busy one.
  }, 120_000);

  it('lists only what the caller may see, and out-of-scope unit filters give no staff', async () => {
    const { own, other } = fixtures;
    expect((await t.http().get('/api/auth/session').expect(200)).text).toBe('');

    const staffIds = async (role: Role) =>
      (
        (await (sessions.get(role) as SignedIn).get('/api/staff?pageSize=100').expect(200))
          .body as StaffMemberPage
      ).items.map((s) => s.id);
    expect(await staffIds('caseworker')).toEqual([own.self]);
    const led = await staffIds('team_leader');
    expect(led).toEqual(expect.arrayContaining([own.self, own.colleague]));
    expect(led).not.toContain(own.outsider);
    const all = await staffIds('municipality_admin');
    expect(all).toEqual(expect.arrayContaining([own.self, own.colleague, own.outsider]));
    expect(all.filter((id) => [other.self, other.colleague, other.outsider].includes(id))).toEqual(
      [],
    );

    const unitIds = (nodes: OrgUnitTreeNode[]): string[] =>
      nodes.flatMap((n) => [n.id, ...unitIds(n.children)]);
    const teamLeaderUnits = unitIds(
      (await (sessions.get('team_leader') as SignedIn).get('/api/units').expect(200)).body,
    );
    // The led unit and the subunit the matrix created under it; no other unit.
    expect(teamLeaderUnits).toContain(own.ledUnit);
    expect(
      teamLeaderUnits.filter((id) => [own.otherUnit, own.scratchUnit, other.ledUnit].includes(id)),
    ).toEqual([]);
    const adminUnits = unitIds(
      (await (sessions.get('municipality_admin') as SignedIn).get('/api/units').expect(200)).body,
    );
    expect(adminUnits).toEqual(expect.arrayContaining([own.ledUnit, own.otherUnit]));
    expect(adminUnits).not.toContain(other.ledUnit);

    const roundIds = (
      (await (sessions.get('caseworker') as SignedIn).get('/api/rounds').expect(200))
        .body as InventoryRound[]
    ).map((r) => r.id);
    expect(roundIds).toContain(own.round);
    expect(roundIds).not.toContain(other.round);
    const frameworkIds = (
      (await (sessions.get('national_analyst') as SignedIn).get('/api/frameworks').expect(200))
        .body as CompetenceFrameworkSummary[]
    ).map((f) => f.id);
    expect(frameworkIds).toContain(fixtures.nationalDraft);
    expect(frameworkIds).not.toContain(own.extension);

    // The unit filter narrows to that unit (units outside the caller's scope are 404, see the rules).
    const filtered = (
      (
        await (sessions.get('municipality_admin') as SignedIn)
          .get(`/api/rounds/${own.round}/matrix?unitId=${own.ledUnit}`)
          .expect(200)
      ).body as AssessmentMatrix
    ).rows;
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered.map((row) => row.unitId))).toEqual(new Set([own.ledUnit]));
  });

  it("left the other kommun's account untouched", async () => {
    const [row]: { display_name: string; status: string; row_version: number }[] =
      await t.owner.query(
        'SELECT display_name, status, row_version FROM user_account WHERE id = $1',
        [fixtures.userInOtherKommun],
      );
    expect(row).toMatchObject({ status: 'active', row_version: 1 });
    expect(row.display_name).not.toBe('Matrix');
  });

  it('left every row of the other kommun as it was', async () => {
    const after = await kommunSnapshot(t, '1480');
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining(['org_unit', 'staff_member', 'inventory_round', 'competence_topic']),
    );
    expect(after).toEqual(otherKommunBefore);
  });
});
