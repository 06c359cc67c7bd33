import type { UtleggsbegjaeringClient } from '../../src/clients/apis.ts';
import type { ApiResponse } from '../../src/http/exchange.ts';
import { syntheticPdf } from './petitions.ts';

/** The step shapes of generators/invalid's scenarios (see their Scenario type). */
export type Steg =
  | { operationId: 'lastOppVedlegg'; filnavn: string; innsenderReferanse: string; innhold: string; lagreSom: string }
  | { operationId: 'sendInnUtleggsbegjaering' | 'validerUtleggsbegjaering'; body: unknown; forventetStatus: number; lagreSom?: string }
  | { operationId: 'endreUtleggsbegjaering'; begjaeringId: string; body: unknown; forventetStatus: number };

export interface ScenarioLike { kode: string; beskrivelse: string; steg: readonly Steg[] }

/** Sandbox markers (sandbox/README.md) only mean something to the sandbox. */
export function usesSandboxMarkers(scenario: ScenarioLike): boolean {
  return /__[a-z-]+__/.test(JSON.stringify(scenario.steg));
}

function fill<T>(value: T, saved: Map<string, string>): T {
  return JSON.parse(JSON.stringify(value).replace(/\{\{(\w+)\}\}/g, (m, name: string) => saved.get(name) ?? m));
}

/** Every innsenderReferanse a scenario's steps use (request bodies and attachment uploads). */
function referanser(steg: readonly Steg[]): Set<string> {
  const found = new Set<string>();
  for (const step of steg) {
    if (step.operationId === 'lastOppVedlegg') found.add(step.innsenderReferanse);
    else {
      const ref = (step.body as { innsenderReferanse?: unknown } | undefined)?.innsenderReferanse;
      if (typeof ref === 'string') found.add(ref);
    }
  }
  return found;
}

/**
 * The generators are deterministic, so a scenario's references repeat from run to run; against an
 * environment that keeps its state (the test environment, a long-running sandbox) a rerun would meet
 * its own earlier submissions. Each run gets its own references; sandbox markers stay in them.
 */
export function withFreshReferences(scenario: ScenarioLike, suffix: string): ScenarioLike {
  let text = JSON.stringify(scenario.steg);
  for (const ref of referanser(scenario.steg)) {
    text = text.split(JSON.stringify(ref)).join(JSON.stringify(`${ref}-${suffix}`));
  }
  return { ...scenario, steg: JSON.parse(text) };
}

/**
 * Runs a scenario's steps in order. Every answer goes to `check` (the contract matcher) with the
 * status the step expects; the last step's answer is returned for the caller's rule-code assertion.
 */
export async function runScenario(
  client: UtleggsbegjaeringClient,
  scenario: ScenarioLike,
  check: (res: ApiResponse, operationId: string, status: number) => Promise<void>,
): Promise<ApiResponse> {
  const saved = new Map<string, string>();
  let last: ApiResponse | undefined;
  for (const raw of scenario.steg) {
    const step = fill(raw, saved);
    if (step.operationId === 'lastOppVedlegg') {
      last = await client.lastOppVedlegg(step.filnavn, step.innsenderReferanse, syntheticPdf(step.innhold));
      await check(last, step.operationId, 201);
      saved.set(step.lagreSom, (last.body as { uuid: string }).uuid);
    } else if (step.operationId === 'endreUtleggsbegjaering') {
      last = await client.endre(step.begjaeringId, step.body);
      await check(last, step.operationId, step.forventetStatus);
    } else {
      last = step.operationId === 'sendInnUtleggsbegjaering' ? await client.sendInn(step.body) : await client.valider(step.body);
      await check(last, step.operationId, step.forventetStatus);
      if (step.lagreSom) saved.set(step.lagreSom, (last.body as { begjaeringId: string }).begjaeringId);
    }
  }
  if (!last) throw new Error(`scenario for ${scenario.kode} has no steps`);
  return last;
}
