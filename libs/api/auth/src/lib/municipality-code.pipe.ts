import { type PipeTransform, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@kl/api/core';

/** A kommunkod path parameter: four digits, else 400. */
@Injectable()
export class MunicipalityCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^\d{4}$/.test(value)) {
      throw new ValidationFailedError({ municipalityCode: 'invalid_format' });
    }
    return value;
  }
}
