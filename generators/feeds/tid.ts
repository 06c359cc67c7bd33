import type { Faker } from '@faker-js/faker';
import { dato, heltall } from '../requests/kalender.ts';

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** An ISO instant in UTC from a day number and seconds into that day (more than a day's seconds roll over). */
export function tidspunkt(day: number, sekund: number): string {
  const d = day + Math.floor(sekund / 86_400);
  const s = sekund % 86_400;
  return `${dato(d)}T${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}Z`;
}

/** Seconds into a working day (07:00–17:00 UTC), when such feeds are produced. */
export function arbeidstid(faker: Faker): number {
  return heltall(faker, 7 * 3600, 17 * 3600 - 1);
}

/** A v4-shaped uuid from the seeded stream (faker.string.uuid is seeded too, but slower). */
export function uuid(faker: Faker): string {
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[faker.number.int(15)];
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[faker.number.int(3)]}${hex(3)}-${hex(12)}`;
}
