import { defineMetodeTests } from '../support/metoder.ts';

defineMetodeTests('innsyntrekk');
