import type { Mutasjon, ScenarioBygger } from '../types.ts';
import type { Utleggsbegjaering } from './felles.ts';
import { betalinger } from './mutasjoner/betaling.ts';
import { krav } from './mutasjoner/krav.ts';
import { parter } from './mutasjoner/parter.ts';
import { prioritet } from './mutasjoner/prioritet.ts';
import { register } from './mutasjoner/register.ts';
import { relasjoner } from './mutasjoner/relasjoner.ts';
import { vedlegg } from './mutasjoner/vedlegg.ts';
import { scenarier } from './scenarier.ts';

/** The data model 2.1 tables: one builder per rule code of a catalog written for that model. */
export const MUTASJONER_21: Readonly<Record<string, Mutasjon<Utleggsbegjaering>>> = Object.freeze({
  ...parter, ...krav, ...relasjoner, ...prioritet, ...betalinger, ...vedlegg, ...register,
});
export const SCENARIOER_21: Readonly<Record<string, ScenarioBygger<Utleggsbegjaering>>> = Object.freeze({ ...scenarier });
