import { defineMetodeTests } from '../support/metoder.ts';

defineMetodeTests('kravogbetalinger');
