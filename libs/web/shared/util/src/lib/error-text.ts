import type { ErrorBody, ErrorCode } from '@kl/shared/contracts';

/** The fields' texts are shared with the API, which gives them with every file problem. */
export { fieldErrorText } from '@kl/shared/util';

/**
 * Swedish text for every stable error code of the API. Keyed by the contracts' type, so a code
 * added there without a text here fails to compile.
 */
const ERROR_TEXT: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Några uppgifter behöver rättas.',
  NOT_FOUND: 'Det du söker finns inte, eller så saknar du behörighet till det.',
  CONFLICT: 'Ändringen krockar med befintliga uppgifter.',
  STALE_VERSION: 'Någon annan har ändrat uppgifterna medan du arbetade. Se den nya versionen och välj vad som ska gälla.',
  UNAUTHENTICATED: 'Du behöver logga in.',
  INVALID_CREDENTIALS: 'Fel e-postadress eller lösenord.',
  CURRENT_PASSWORD_WRONG: 'Det nuvarande lösenordet stämmer inte.',
  EMAIL_TAKEN: 'Det finns redan ett konto med den e-postadressen.',
  OWN_ACCOUNT_PROTECTED: 'Du kan inte stänga av ditt eget konto eller ändra din egen roll. Be en annan administratör.',
  ACCOUNT_NOT_INVITED: 'Kontot har redan fått sitt lösenord och behöver ingen ny inbjudan.',
  INVITATION_INVALID: 'Inbjudningslänken är ogiltig, redan använd eller för gammal. Be om en ny inbjudan.',
  FORBIDDEN: 'Du saknar behörighet för det här.',
  CSRF_TOKEN_INVALID: 'Sessionen behöver läsas in på nytt. Ladda om sidan och försök igen.',
  RATE_LIMITED: 'För många försök. Vänta en stund och försök igen.',
  PAYLOAD_TOO_LARGE: 'Det du skickade är för stort.',
  UNSUPPORTED_MEDIA_TYPE: 'Det du skickade har ett format som inte tas emot.',
  SERVICE_UNAVAILABLE: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
  INTERNAL_ERROR: 'Något gick fel hos oss. Försök igen, och kontakta supporten om felet kvarstår.',
  UNIT_HAS_ACTIVE_STAFF: 'Enheten har anställda medarbetare. Flytta dem till en annan enhet eller avsluta deras anställning först.',
  UNIT_HAS_SUBUNITS: 'Enheten har öppna underenheter. Flytta eller stäng dem först.',
  UNIT_HAS_STAFF_HISTORY: 'Medarbetare som har slutat hör till enheten i historiken. Stäng enheten i stället för att ta bort den.',
  UNIT_NAME_TAKEN: 'Det finns redan en enhet med det namnet i kommunen.',
  UNIT_CYCLE: 'En enhet kan inte flyttas till sig själv eller till någon av sina underenheter.',
  UNIT_CLOSED: 'Enheten är stängd.',
  EMPLOYEE_NUMBER_TAKEN: 'Anställningsnumret används redan av en annan medarbetare.',
  FRAMEWORK_PUBLISHED: 'Ramverket är publicerat och kan inte längre ändras.',
  FRAMEWORK_NOT_PUBLISHED: 'Ramverket är inte publicerat ännu.',
  FRAMEWORK_DRAFT_EXISTS: 'Det finns redan ett utkast till en ny version av ramverket.',
  FRAMEWORK_CODE_TAKEN: 'Koden används redan i ramverket.',
  INVENTORY_ROUND_CLOSED: 'Inventeringsomgången är stängd och kan inte längre ändras.',
  INVENTORY_ROUND_NOT_OPEN: 'Inventeringsomgången är inte öppnad ännu.',
  INVENTORY_ROUND_STATUS: 'Inventeringsomgången kan inte byta status på det sättet just nu.',
  INVENTORY_ROUND_NAME_TAKEN: 'Det finns redan en inventeringsomgång med det namnet i kommunen.',
  INVENTORY_ROUND_WINDOW_ENDED: 'Inventeringsperioden har gått ut: omgångens sista dag har passerat, så bedömningar kan inte längre sparas.',
  ASSESSMENT_CONFLICT: 'Någon annan har ändrat en bedömning medan du arbetade. Se det nya värdet och välj vad som ska gälla.',
  NATIONAL_ROUND_CODE_TAKEN: 'Det finns redan en nationell omgång med den koden.',
  NATIONAL_ROUND_NOT_OPEN: 'Den nationella omgången tar inte emot inlämningar just nu.',
  NATIONAL_ROUND_NOT_CLOSED: 'Bara en stängd nationell omgång kan publiceras.',
  PUBLICATION_IN_PROGRESS: 'Omgången publiceras redan av någon annan. Vänta en stund och försök igen.',
  NATIONAL_SUBMISSION_ROUND_NOT_CLOSED: 'Omgången är inte avslutad. En inlämning byggs bara av en avslutad omgångs låsta population.',
  NATIONAL_SUBMISSION_FRAMEWORK_MISMATCH: 'Omgången bedömdes med en annan version av kompetensramverket än den nationella omgången frågar efter.',
  IMPORT_INVALID: 'Filen har fel. Inget har sparats; rätta raderna nedan och försök igen.',
  IDENTITY_PROVIDER_UNAVAILABLE:
    'Kommunens identitetstjänst gick inte att nå, eller svarade inte som en identitetstjänst. Kontrollera utfärdarens adress och försök igen.',
  PERSON_STILL_EMPLOYED: 'Personen är fortfarande anställd. Avsluta anställningen innan uppgifterna raderas.',
  ROUND_NOT_PURGEABLE: 'Omgången kan inte gallras ännu: den måste vara stängd och ha varit det så länge som gallringsfristen säger.',
  IMPORT_NOT_CONFIRMABLE: 'Importen kan inte bekräftas: den är redan skriven, har fel eller misslyckades. Ladda upp filen på nytt.',
  CROSSWALK_INCOMPLETE: 'Kopplingen till förra versionen är inte komplett: varje inriktning behöver en koppling.',
  SESSION_FULL: 'Kurstillfället har inte så många platser kvar för kommunen.',
  PARTICIPATION_OVERLAP: 'Någon av medarbetarna är redan anmäld till ett kurstillfälle på samma dagar.',
  PARTICIPATION_STATUS: 'Deltagandet kan inte byta status på det sättet.',
  FOLLOW_UP_NOT_COMPLETED: 'Uppföljningen görs när kursen är genomförd: deltagandet är inte markerat som genomfört.',
  INTRODUCTION_STEP_BY_PARTICIPATION:
    'Ett kurssteg klaras när personens deltagande i kursen är markerat som genomfört, inte för hand.',
  GRANT_EXCEEDED: 'Statsbidraget räcker inte till kostnaden: det som är kvar är mindre än kostnaden.',
};

const FALLBACK = ERROR_TEXT['INTERNAL_ERROR'];

/** The text of a code; a code this build does not know (a newer server) gets the general text. */
export function errorText(code: ErrorCode | undefined): string {
  return (code && ERROR_TEXT[code]) || FALLBACK;
}

/** The error body of a failed API call, or a network failure as SERVICE_UNAVAILABLE. */
export function toErrorBody(error: unknown): ErrorBody {
  const body = (error as { error?: unknown; status?: number } | null)?.error;
  if (body && typeof body === 'object' && typeof (body as ErrorBody).code === 'string') {
    return body as ErrorBody;
  }
  const status = (error as { status?: number } | null)?.status ?? 0;
  return status === 0
    ? { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'Network error' }
    : { statusCode: status, code: 'INTERNAL_ERROR', message: 'Unexpected response' };
}
