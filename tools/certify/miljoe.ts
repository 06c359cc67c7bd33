import { SANDBOX_CLIENT, TEST_ENVIRONMENT, type EnvironmentClass } from '../../src/config/environment.ts';
import type { Oekthode, Utvekslingspost } from '../leverandoer/post.ts';
import { klasseFor } from '../proxy/maal.ts';

export interface Oektsmiljoe {
  klasse: EnvironmentClass;
  maal: string;
  /** Evidence in the checklist's sense: Skatteetaten's test environment, tokens from the supplier's own client in Maskinporten's test environment. */
  bevis: boolean;
  /** Why it is not evidence, in words; null when it is. */
  merknad: string | null;
}

const TEST_MASKINPORTEN = new URL(TEST_ENVIRONMENT.wellKnownUrl).hostname;

function vert(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

/** What one session talked to, judged from its header and the tokens its system sent. */
export function miljoeForOekt(hode: Oekthode, poster: readonly Utvekslingspost[]): Oektsmiljoe {
  const maal = hode.maal;
  if (hode.modus === 'sandkasse') {
    return {
      klasse: 'sandbox', maal, bevis: false,
      merknad: `Opptaket ble gjort mot prosjektets sandkasse (${maal}), ikke mot Skatteetatens miljø. Det viser hva leverandørsystemet sendte og hvordan det håndterte sandkassens svar, men er ikke dokumentasjon på at systemet virker mot Skatteetaten.`,
    };
  }
  const klasse = klasseFor(maal);
  if (klasse === 'skatteetatenProduction') {
    return { klasse, maal, bevis: false, merknad: `Opptaket ble gjort gjennom proxyen mot Skatteetatens produksjonsmiljø (${maal}). Sjekklisten krever testing i testmiljøet før tilgang til produksjon; dette er ikke den dokumentasjonen.` };
  }
  if (klasse !== 'skatteetatenTest') {
    return { klasse, maal, bevis: false, merknad: `Opptaket ble gjort gjennom proxyen mot ${maal}, som ikke er Skatteetatens testmiljø (${TEST_ENVIRONMENT.baseUrl}). Resultatene er ikke dokumentasjon på at systemet virker mot Skatteetaten.` };
  }
  const tokens = poster.map((p) => p.fakta.token).filter((t) => t !== undefined);
  if (tokens.length === 0) return { klasse, maal, bevis: false, merknad: 'Opptaket gikk mot Skatteetatens testmiljø, men ingen forespørsel hadde et Maskinporten-token, så det viser ikke at leverandørens egen klient ble brukt.' };
  const fremmede = tokens.filter((t) => vert(t.iss) !== TEST_MASKINPORTEN || t.klient === SANDBOX_CLIENT.clientId);
  if (fremmede.length) {
    return { klasse, maal, bevis: false, merknad: `Opptaket gikk mot Skatteetatens testmiljø, men ${fremmede.length} av ${tokens.length} forespørsler hadde et token som ikke kom fra Maskinportens testmiljø (${TEST_MASKINPORTEN}) med leverandørens egen klient.` };
  }
  return { klasse, maal, bevis: true, merknad: null };
}

/** The recording as a whole: evidence only when every session is; the first reason otherwise. */
export function samletMiljoe(miljoer: readonly Oektsmiljoe[]): { klasse: EnvironmentClass; bevis: boolean; merknad: string | null } {
  const ikke = miljoer.filter((m) => !m.bevis);
  if (ikke.length === 0) return { klasse: 'skatteetatenTest', bevis: true, merknad: null };
  const flere = ikke.length > 1 ? ` (${ikke.length} av ${miljoer.length} økter er ikke dokumentasjon.)` : '';
  return { klasse: ikke[0].klasse, bevis: false, merknad: `${ikke[0].merknad}${flere}` };
}
