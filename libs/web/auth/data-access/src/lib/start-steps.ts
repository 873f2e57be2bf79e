import type { SessionUser } from '@kl/shared/contracts';

/** One next step on a role's start page: a page that exists, and what to do there. */
export interface StartStep {
  title: string;
  text: string;
  path: string;
}

/**
 * The start page's next steps for the signed-in user, in the order they are usually taken. Only
 * pages that exist are named; a kommun administrator's list follows the order a new kommun is
 * set up in.
 */
export function startStepsFor(user: Pick<SessionUser, 'role' | 'staffMemberId'>): StartStep[] {
  const framework: StartStep = { title: 'Kompetensramverk', text: 'Läs områdena och inriktningarna som bedöms och vad nivåerna betyder.', path: '/ramverk' };
  switch (user.role) {
    case 'caseworker':
      return [
        ...(user.staffMemberId
          ? [{ title: 'Min kompetens', text: 'Se dina nivåer per inriktning och arbetsledarens bedömning, och gör din självskattning när en inventeringsomgång är öppen.', path: '/min-kompetens' }]
          : []),
        framework,
        { title: 'Mitt konto', text: 'Byt lösenord eller logga ut på alla enheter.', path: '/mitt-konto' },
      ];
    case 'team_leader':
      return [
        { title: 'Kompetensmatris', text: 'Bedöm ditt team per inriktning med tangentbordet (G, F, S) – ändringarna sparas av sig själva.', path: '/matris' },
        { title: 'Översikt', text: 'Se nivåfördelningen, vilka som inte är bedömda och hur kompetensen utvecklas mellan omgångar.', path: '/oversikt' },
        { title: 'Medarbetare', text: 'Se uppgifterna om medarbetarna i dina enheter.', path: '/medarbetare' },
        framework,
      ];
    case 'municipality_admin':
      return [
        { title: 'Enheter', text: 'Bygg upp förvaltningens enheter och verksamhetsområden.', path: '/enheter' },
        { title: 'Medarbetare', text: 'Lägg in medarbetarna med anställning, sysselsättningsgrad och utbildning.', path: '/medarbetare' },
        { title: 'Användare', text: 'Bjud in arbetsledare och handläggare och koppla kontona till medarbetarna.', path: '/anvandare' },
        { title: 'Målnivåer', text: 'Sätt de nivåer medarbetarna bör nå, för hela kommunen eller en enhet.', path: '/malnivaer' },
        { title: 'Omgångar', text: 'Öppna en inventeringsomgång så att arbetsledarna kan bedöma sina team.', path: '/omgangar' },
        { title: 'Översikt', text: 'Följ kommunens kompetensläge per område och enhet.', path: '/oversikt' },
      ];
    case 'national_analyst':
      return [{ title: 'Kompetensramverk', text: 'Förvalta de nationella kompetensramverken: utkast, publicering och nya versioner.', path: '/ramverk' }];
    case 'regional_analyst':
      return [
        { title: 'Länets utbildningar', text: 'Publicera kurser för hela länet och ge kommunerna platser på kurstillfällena.', path: '/utbildningar' },
        framework,
      ];
    case 'system_admin':
      return [
        { title: 'Användare', text: 'Skapa kommunernas administratörskonton, stäng av och aktivera dem och skicka nya inbjudningar.', path: '/anvandare' },
      ];
  }
}
