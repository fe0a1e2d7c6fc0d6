/**
 * Property tests draw their cases from a seed. Locally each run draws a new one, so repeated runs explore more
 * edits; in CI (CI set) the seed is fixed, so a commit passes or fails the same way every time. FC_SEED picks a
 * seed: the one fast-check prints with a failure reproduces it.
 */
import fc from 'fast-check';

const CI_SEED = 20261202;

const chosen = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
if (chosen !== undefined && Number.isFinite(chosen)) fc.configureGlobal({ seed: chosen });
