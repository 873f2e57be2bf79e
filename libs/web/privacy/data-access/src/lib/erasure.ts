import { todayInSweden } from '@kl/shared/util';

/** What the erasure dialog needs to know about the person. */
export interface ErasablePerson {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  /** ISO date, or null while employed. */
  employmentEnd: string | null;
}

const normalise = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

/**
 * Whether what the administrator typed names the person: the employee number, or the full name
 * (either order). Case and spacing do not matter; a part of the name is not enough.
 */
export function confirmationMatches(typed: string, person: ErasablePerson): boolean {
  const text = normalise(typed);
  if (text === '') return false;
  const names = [`${person.firstName} ${person.lastName}`, `${person.lastName} ${person.firstName}`, `${person.lastName}, ${person.firstName}`];
  return text === normalise(person.employeeNumber) || names.some((name) => normalise(name) === text);
}

/** Erasure is for people whose employment has ended (the API refuses anyone else). */
export function canBeErased(person: Pick<ErasablePerson, 'employmentEnd'>, today = todayInSweden()): boolean {
  return person.employmentEnd !== null && person.employmentEnd < today;
}
