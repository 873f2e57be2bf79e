import { DomainError } from '@kl/api/core';

export class EmployeeNumberTakenError extends DomainError {
  constructor() {
    super('EMPLOYEE_NUMBER_TAKEN', 409, 'Another staff member of the kommun has this employee number', {
      employeeNumber: 'not_unique',
    });
  }
}
