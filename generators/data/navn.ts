// Word lists for Test-Norge style names: synthetic people are "adjective noun"
// ("Vakker Blomst", "LYSEGUL HENSIKT"), organisations "ADJ ADJ NOUN AS".
// Kept in lower case; the generators pick the casing.

export const ADJEKTIVER: readonly string[] = [
  'vakker', 'lysegul', 'rimelig', 'upersonlig', 'frisk', 'smul', 'flat', 'modig', 'rask', 'stille',
  'klok', 'glad', 'sterk', 'myk', 'varm', 'kjølig', 'grønn', 'blå', 'rød', 'gul',
  'hvit', 'svart', 'grå', 'brun', 'lilla', 'rosa', 'oransje', 'lys', 'mørk', 'høy',
  'lav', 'bred', 'smal', 'tykk', 'tynn', 'stor', 'liten', 'ung', 'gammel', 'ny',
  'rund', 'skarp', 'søt', 'sur', 'salt', 'rolig', 'vill', 'tam', 'trygg', 'fri',
  'edel', 'ærlig', 'lojal', 'munter', 'blid', 'sindig', 'flink', 'snill', 'freidig', 'kvikk',
  'lett', 'tung', 'våt', 'tørr', 'ren', 'blank', 'matt', 'glatt', 'sart', 'solid',
  'stødig', 'ekte', 'nyttig', 'travel', 'sjenert', 'nysgjerrig', 'heldig', 'forsiktig', 'spretten', 'trofast',
  'kjekk', 'pen', 'staselig', 'vennlig', 'høflig', 'uredd', 'tapper', 'lun', 'lysegrønn', 'mørkeblå',
  'himmelblå', 'gyllen', 'sølvgrå', 'rustrød', 'spesiell', 'vanlig', 'praktisk', 'logisk', 'kreativ', 'elegant',
  'enkel', 'fornuftig', 'saklig', 'sakte', 'presis', 'nøktern', 'sprek', 'frodig', 'raus', 'gavmild',
  'tålmodig', 'uvanlig', 'upraktisk', 'ujevn', 'urolig', 'langsom', 'vital', 'nøyaktig', 'smidig', 'tilfreds',
];

export const SUBSTANTIVER: readonly string[] = [
  'hensikt', 'merr', 'tiger', 'blomst', 'elg', 'rev', 'ulv', 'bjørn', 'gaupe', 'hare',
  'ekorn', 'måke', 'ørn', 'ugle', 'kråke', 'spurv', 'laks', 'torsk', 'sild', 'hval',
  'sel', 'oter', 'grevling', 'hjort', 'rein', 'hest', 'okse', 'geit', 'sau', 'katt',
  'hund', 'mus', 'frosk', 'padde', 'snegle', 'bie', 'maur', 'sommerfugl', 'løve', 'sjiraff',
  'elefant', 'pingvin', 'fjell', 'dal', 'fjord', 'bre', 'elv', 'bekk', 'innsjø', 'skog',
  'eng', 'myr', 'strand', 'øy', 'holme', 'vik', 'bukt', 'stein', 'bjørk', 'furu',
  'gran', 'eik', 'lønn', 'rogn', 'hassel', 'rose', 'lilje', 'tulipan', 'kløver', 'lyng',
  'mose', 'sopp', 'eple', 'pære', 'plomme', 'gulrot', 'kål', 'løk', 'nøtt', 'stjerne',
  'måne', 'sol', 'sky', 'regn', 'snø', 'vind', 'storm', 'torden', 'bølge', 'flamme',
  'glød', 'gnist', 'tanke', 'idé', 'drøm', 'plan', 'ønske', 'håp', 'glede', 'latter',
  'sang', 'melodi', 'rytme', 'tone', 'farge', 'form', 'linje', 'sirkel', 'bok', 'penn',
  'blyant', 'lampe', 'stol', 'bord', 'vindu', 'dør', 'bro', 'sti', 'hytte', 'låve',
  'tårn', 'slott', 'båt', 'seil', 'anker', 'kompass', 'kart', 'nøkkel', 'klokke', 'speil',
];
