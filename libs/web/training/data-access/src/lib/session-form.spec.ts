import {
  emptySessionForm,
  sessionFieldMessage,
  toCreateSessionRequest,
  validateSessionForm,
} from './session-form';

describe('session form', () => {
  it('asks for the dates and the seats', () => {
    expect(validateSessionForm(emptySessionForm())).toEqual({
      startsOn: 'required',
      endsOn: 'required',
      capacity: 'required',
    });
  });

  it('keeps the last day on or after the first, and the seats given within the capacity', () => {
    const errors = validateSessionForm({
      startsOn: '2027-03-10',
      endsOn: '2027-03-09',
      place: '',
      online: true,
      capacity: '10',
      seats: [
        { municipalityCode: '0180', seats: '6' },
        { municipalityCode: '0180', seats: '5' },
        { municipalityCode: '18', seats: 'x' },
      ],
    });
    expect(errors).toEqual({
      endsOn: 'before_start',
      'seats.1.municipalityCode': 'not_unique',
      'seats.2.municipalityCode': 'invalid_format',
      'seats.2.seats': 'invalid_format',
      seats: 'max',
    });
  });

  it('sends whole numbers, an empty place as null', () => {
    expect(
      toCreateSessionRequest({
        startsOn: '2027-03-10',
        endsOn: '2027-03-11',
        place: ' ',
        online: true,
        capacity: '20',
        seats: [{ municipalityCode: '0180', seats: '5' }],
      }),
    ).toEqual({
      startsOn: '2027-03-10',
      endsOn: '2027-03-11',
      place: null,
      online: true,
      capacity: 20,
      seats: [{ municipalityCode: '0180', seats: 5 }],
    });
  });

  it('explains the API’s refusals of a kommun code', () => {
    expect(sessionFieldMessage('seats.0.municipalityCode', 'invalid_value')).toBe(
      'Kommunkoden hör inte till en annan kommun i länet.',
    );
    expect(sessionFieldMessage('endsOn', 'before_start')).toBe(
      'Datumet kan inte vara före startdatumet.',
    );
    expect(sessionFieldMessage('capacity', 'max')).toBe(
      'Skriv ett heltal mellan 1 och 10\u00a0000.',
    );
  });
});
