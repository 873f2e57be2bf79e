import type { Role } from '@kl/shared/contracts';

export interface NavigationItem {
  label: string;
  path: string;
}

/** Swedish names of the roles, as users know them. */
export const ROLE_LABELS: Record<Role, string> = {
  caseworker: 'Handläggare',
  team_leader: 'Arbetsledare',
  municipality_admin: 'Kommunadministratör',
  national_analyst: 'Nationell analytiker',
  regional_analyst: 'Regional utvecklingsledare',
  system_admin: 'Driftansvarig',
};

/**
 * The main navigation for a role. Only pages that exist are listed; each feature adds its entries
 * here as it lands, so a role never sees a link to a page it may not open.
 */
export function navigationFor(role: Role | null): NavigationItem[] {
  const start: NavigationItem = { label: 'Start', path: '/' };
  // The published national statistics are for everyone, signed in or not.
  const statistics: NavigationItem = { label: 'Nationell statistik', path: '/statistik' };
  if (!role) return [start, statistics];
  const items: NavigationItem[] = [start];
  if (role === 'caseworker') {
    items.push({ label: 'Min kompetens', path: '/min-kompetens' });
  }
  if (role === 'team_leader' || role === 'municipality_admin') {
    items.push({ label: 'Kompetensmatris', path: '/matris' });
    items.push({ label: 'Översikt', path: '/oversikt' });
  }
  if (role === 'municipality_admin') {
    items.push({ label: 'Omgångar', path: '/omgangar' });
    items.push({ label: 'Enheter', path: '/enheter' });
  }
  if (role === 'municipality_admin' || role === 'team_leader') {
    items.push({ label: 'Medarbetare', path: '/medarbetare' });
  }
  if (role !== 'system_admin') {
    items.push({ label: 'Ramverk', path: '/ramverk' });
  }
  if (role === 'municipality_admin') {
    items.push({ label: 'Målnivåer', path: '/malnivaer' });
  }
  if (role === 'municipality_admin' || role === 'team_leader') {
    items.push({ label: 'Kompetensglapp', path: '/kompetensglapp' });
    items.push({ label: 'Utbildningar', path: '/utbildningar' });
  }
  if (role === 'regional_analyst') {
    // The same catalogue page, where the regional analyst publishes the län's courses.
    items.push({ label: 'Länets utbildningar', path: '/utbildningar' });
  }
  if (role === 'municipality_admin') {
    items.push({ label: 'Utbildningsbudget', path: '/utbildningsbudget' });
  }
  if (role === 'municipality_admin' || role === 'team_leader') {
    items.push({ label: 'Utvecklingsplaner', path: '/utvecklingsplaner' });
    items.push({ label: 'Uppföljningar', path: '/uppfoljningar' });
    items.push({ label: 'Utbildningsuppföljning', path: '/utbildningsuppfoljning' });
    items.push({ label: 'Introduktion', path: '/introduktion' });
    items.push({ label: 'Ärendehandledning', path: '/handledning' });
    items.push({ label: 'Behörighet', path: '/behorighet' });
    items.push({ label: 'Bemanning', path: '/bemanning' });
  }
  if (role === 'municipality_admin' || role === 'system_admin') {
    items.push({ label: 'Användare', path: '/anvandare' });
  }
  if (role === 'municipality_admin') {
    items.push({ label: 'Import och export', path: '/import' });
    items.push({ label: 'Gallring', path: '/gallring' });
    items.push({ label: 'Granskningslogg', path: '/granskningslogg' });
    items.push({ label: 'Nationell inlämning', path: '/nationell-inlamning' });
  }
  if (role === 'national_analyst') {
    items.push({ label: 'Nationella omgångar', path: '/nationellt' });
  }
  if (role === 'municipality_admin') {
    items.push({ label: 'Nationell jämförelse', path: '/nationell-jamforelse' });
  }
  if (role === 'regional_analyst') {
    items.push({ label: 'Länet', path: '/regionalt' });
  }
  items.push(statistics);
  items.push({ label: 'Mitt konto', path: '/mitt-konto' });
  return items;
}
