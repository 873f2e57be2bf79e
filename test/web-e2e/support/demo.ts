import type { Page } from 'playwright-core';

export interface DemoLogin {
  email: string;
  password: string;
  roleLabel: string;
  /** The main navigation the role sees, in order. */
  navigation: string[];
}

const PASSWORD = 'kompetens-demo';

/** The demo kommun's accounts that `npm start` seeds in development mode (libs/api/seed). */
export const DEMO_LOGINS = {
  caseworker: { email: 'handlaggare@demo.example', password: PASSWORD, roleLabel: 'Handläggare', navigation: ['Start', 'Min kompetens', 'Ramverk', 'Nationell statistik', 'Mitt konto'] },
  team_leader: { email: 'arbetsledare@demo.example', password: PASSWORD, roleLabel: 'Arbetsledare', navigation: ['Start', 'Kompetensmatris', 'Översikt', 'Medarbetare', 'Ramverk', 'Kompetensglapp', 'Utbildningar', 'Utvecklingsplaner', 'Uppföljningar', 'Utbildningsuppföljning', 'Introduktion', 'Ärendehandledning', 'Behörighet', 'Bemanning', 'Nationell statistik', 'Mitt konto'] },
  municipality_admin: { email: 'hr@demo.example', password: PASSWORD, roleLabel: 'Kommunadministratör', navigation: ['Start', 'Kompetensmatris', 'Översikt', 'Omgångar', 'Enheter', 'Medarbetare', 'Ramverk', 'Målnivåer', 'Kompetensglapp', 'Utbildningar', 'Utbildningsbudget', 'Utvecklingsplaner', 'Uppföljningar', 'Utbildningsuppföljning', 'Introduktion', 'Ärendehandledning', 'Behörighet', 'Bemanning', 'Användare', 'Import och export', 'Gallring', 'Granskningslogg', 'Nationell inlämning', 'Nationell jämförelse', 'Nationell statistik', 'Mitt konto'] },
  national_analyst: { email: 'nationell@demo.example', password: PASSWORD, roleLabel: 'Nationell analytiker', navigation: ['Start', 'Ramverk', 'Nationella omgångar', 'Nationell statistik', 'Mitt konto'] },
  regional_analyst: { email: 'regional@demo.example', password: PASSWORD, roleLabel: 'Regional utvecklingsledare', navigation: ['Start', 'Ramverk', 'Länets utbildningar', 'Länet', 'Nationell statistik', 'Mitt konto'] },
  system_admin: { email: 'drift@demo.example', password: PASSWORD, roleLabel: 'Driftansvarig', navigation: ['Start', 'Användare', 'Nationell statistik', 'Mitt konto'] },
} satisfies Record<string, DemoLogin>;

/** Signs in through the login page and waits until the start page shows the signed-in header. */
export async function signIn(page: Page, baseUrl: string, login: DemoLogin): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel('E-postadress').fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}
