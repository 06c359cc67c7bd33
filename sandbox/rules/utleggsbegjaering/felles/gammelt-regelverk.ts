// The rule reads the same list as the generators and the sandbox's register, once, in src/spec/.
export { gammeltRegelverk, iOvergangsperioden, type GammeltRegelverk } from '../../../../src/spec/gammelt-regelverk.ts';
