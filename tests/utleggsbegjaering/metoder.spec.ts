import { defineMetodeTests } from '../support/metoder.ts';
import { forHverVersjon } from '../support/versjoner.ts';

forHverVersjon((versjon) => defineMetodeTests('utleggsbegjaering', versjon, ['@utleggsbegjaering']));
