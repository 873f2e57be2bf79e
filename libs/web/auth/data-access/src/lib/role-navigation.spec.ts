import { ROLES } from '@kl/shared/contracts';
import { navigationFor, ROLE_LABELS } from './role-navigation';

describe('navigationFor', () => {
  it('offers only the start page and the public statistics before sign-in', () => {
    expect(navigationFor(null)).toEqual([
      { label: 'Start', path: '/' },
      { label: 'Nationell statistik', path: '/statistik' },
    ]);
  });

  it('offers the public statistics to every role', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/statistik'))).toEqual([...ROLES]);
  });

  it('offers user administration to kommun and system administrators only', () => {
    const withUsers = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/anvandare'));
    expect(withUsers).toEqual(['municipality_admin', 'system_admin']);
  });

  it('offers the competence matrix to team leaders and kommun administrators', () => {
    const withMatrix = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/matris'));
    expect(withMatrix).toEqual(['team_leader', 'municipality_admin']);
  });

  it('offers the dashboard to team leaders and kommun administrators, right after the matrix', () => {
    const withDashboard = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/oversikt'));
    expect(withDashboard).toEqual(['team_leader', 'municipality_admin']);
    const paths = navigationFor('team_leader').map((item) => item.path);
    expect(paths.indexOf('/oversikt')).toBe(paths.indexOf('/matris') + 1);
  });

  it('offers caseworkers their own competence page, and no one else', () => {
    const withOwn = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/min-kompetens'));
    expect(withOwn).toEqual(['caseworker']);
  });

  it('offers the audit trail to kommun administrators only', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/granskningslogg'))).toEqual(['municipality_admin']);
  });

  it('offers the inventory rounds to kommun administrators only', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/omgangar'))).toEqual(['municipality_admin']);
  });

  it('offers units to kommun administrators, and staff to them and team leaders', () => {
    const withUnits = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/enheter'));
    const withStaff = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/medarbetare'));
    expect(withUnits).toEqual(['municipality_admin']);
    expect(withStaff.sort()).toEqual(['municipality_admin', 'team_leader']);
  });

  it('offers the frameworks to every role with competence data, not to system administrators', () => {
    const withFrameworks = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/ramverk'));
    expect(withFrameworks).toEqual(ROLES.filter((role) => role !== 'system_admin'));
  });

  it('offers the målnivåer to kommun administrators only, right after the frameworks', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/malnivaer'))).toEqual(['municipality_admin']);
    const paths = navigationFor('municipality_admin').map((item) => item.path);
    expect(paths.indexOf('/malnivaer')).toBe(paths.indexOf('/ramverk') + 1);
  });

  it('offers the course catalogue to kommun administrators and team leaders, right after the gaps, and the län’s to the regional analyst', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/utbildningar'))).toEqual([
      'team_leader',
      'municipality_admin',
      'regional_analyst',
    ]);
    const paths = navigationFor('team_leader').map((item) => item.path);
    expect(paths.indexOf('/utbildningar')).toBe(paths.indexOf('/kompetensglapp') + 1);
    expect(navigationFor('regional_analyst').map((item) => item.label)).toEqual(['Start', 'Ramverk', 'Länets utbildningar', 'Länet', 'Nationell statistik', 'Mitt konto']);
  });

  it('offers the development plans to those who write them: kommun administrators and team leaders', () => {
    const withPlans = ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/utvecklingsplaner'));
    expect(withPlans.sort()).toEqual(['municipality_admin', 'team_leader']);
  });

  it('gives every signed-in role its account page, last', () => {
    for (const role of ROLES) {
      expect(navigationFor(role).at(-1)).toEqual({ label: 'Mitt konto', path: '/mitt-konto' });
    }
  });

  it('names every role in Swedish', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('offers the follow-ups of completed training to team leaders and kommun administrators, right after the plans', () => {
    expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === '/uppfoljningar'))).toEqual([
      'team_leader',
      'municipality_admin',
    ]);
    const paths = navigationFor('team_leader').map((item) => item.path);
    expect(paths.indexOf('/uppfoljningar')).toBe(paths.indexOf('/utvecklingsplaner') + 1);
  });

  it('offers the training reports and the introduction of new staff to team leaders and kommun administrators, after the follow-ups', () => {
    for (const path of ['/utbildningsuppfoljning', '/introduktion']) {
      expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === path))).toEqual(['team_leader', 'municipality_admin']);
    }
    const paths = navigationFor('municipality_admin').map((item) => item.path);
    expect(paths.indexOf('/utbildningsuppfoljning')).toBe(paths.indexOf('/uppfoljningar') + 1);
    expect(paths.indexOf('/introduktion')).toBe(paths.indexOf('/utbildningsuppfoljning') + 1);
  });

  it('offers ärendehandledning and behörighet to team leaders and kommun administrators only', () => {
    for (const path of ['/handledning', '/behorighet'])
      expect(ROLES.filter((role) => navigationFor(role).some((item) => item.path === path))).toEqual([
        'team_leader',
        'municipality_admin',
      ]);
  });
});
