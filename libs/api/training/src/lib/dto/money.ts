import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';

/** Kronor with at most two decimals (point or comma), never negative: "1250", "1250,50". */
export const MONEY_PATTERN = /^\d{1,8}([.,]\d{1,2})?$/;

export function IsMoney() {
  return applyDecorators(Matches(MONEY_PATTERN), IsString());
}

/** The money as PostgreSQL numeric text ("1250,5" → "1250.5"). */
export function moneyText(value: string): string {
  return value.replace(',', '.');
}
