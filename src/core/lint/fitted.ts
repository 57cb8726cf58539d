// Suggestions for a missing component that fit the shot they land in: a medieval battle gets a
// battlefield, a perfume ad a studio backdrop, a fox a forest clearing. The shot's own words
// pick a setting; with no clear setting the suggestion is a neutral placeholder that says what
// to write, never an unrelated sample. Written for vprompt.
import type { Shot } from '../format/types.js';
import { tokensOf } from '../text/tokenize.js';

export type Missing = 'subject' | 'action' | 'environment' | 'camera';

interface Setting {
  id: string;
  cues: string[];
  subject: string[];
  action: string[];
  environment: string[];
  camera: string[];
}

const SETTINGS: Setting[] = [
  {
    id: 'medieval',
    cues: ['knight', 'knights', 'sword', 'swords', 'castle', 'medieval', 'armor', 'armour', 'battle', 'battlefield', 'king', 'queen', 'viking', 'vikings', 'dragon', 'wizard', 'sorceress', 'siege', 'spear', 'shield', 'archer', 'archers', 'catapult', 'throne', 'banner'],
    subject: ['a knight in dented plate armour', 'a young archer with a battered longbow'],
    action: ['charges forward, cloak whipping in the wind', 'raises a shield and braces against the wind'],
    environment: ['a muddy battlefield below castle walls at dawn', 'a torch-lit great hall, flickering firelight'],
    camera: ['low-angle tracking shot, epic and grim', 'slow crane up over the field, 35mm, solemn'],
  },
  {
    id: 'space',
    cues: ['astronaut', 'astronauts', 'spaceship', 'spacecraft', 'starship', 'robot', 'robots', 'android', 'cyborg', 'alien', 'aliens', 'planet', 'galaxy', 'space', 'orbit', 'station', 'futuristic', 'sci-fi', 'scifi', 'hologram', 'rocket', 'mars', 'moon'],
    subject: ['a lone astronaut in a scuffed white suit', 'a slender service robot with a cracked visor'],
    action: ['drifts slowly toward the hatch, tether trailing', 'turns its head as warning lights pulse'],
    environment: ['a dim spaceship corridor, cold blue light', 'a red desert planet under a pale sky'],
    camera: ['slow dolly in, anamorphic lens flare, tense', 'wide shot, handheld drift, eerie'],
  },
  {
    id: 'wildlife',
    cues: ['fox', 'deer', 'wolf', 'wolves', 'bear', 'eagle', 'hawk', 'owl', 'lion', 'tiger', 'elephant', 'giraffe', 'whale', 'dolphin', 'bird', 'birds', 'rabbit', 'squirrel', 'butterfly', 'bee', 'bees', 'heron', 'otter', 'wildlife', 'herd', 'flock', 'forest', 'jungle', 'savanna', 'savannah'],
    subject: ['a red fox with a white-tipped tail', 'a grey heron standing in the shallows'],
    action: ['pads through the grass and pauses to listen', 'lifts off in slow motion, wings spread wide'],
    environment: ['a misty forest clearing at dawn, soft diffused light', 'tall savanna grass at golden hour'],
    camera: ['telephoto close-up, shallow depth of field, calm', 'low tracking shot at ground level, serene'],
  },
  {
    id: 'underwater',
    cues: ['diver', 'divers', 'coral', 'reef', 'underwater', 'fish', 'shark', 'sharks', 'jellyfish', 'octopus', 'turtle', 'seabed', 'submarine', 'scuba'],
    subject: ['a sea turtle with a barnacled shell', 'a diver in a yellow wetsuit'],
    action: ['glides past slowly, fins sweeping', 'rises toward the surface in a trail of bubbles'],
    environment: ['a sunlit coral reef, light rays through clear water', 'deep blue water above a sandy seabed'],
    camera: ['slow push in, wide-angle lens, tranquil', 'gliding tracking shot, soft caustics, dreamy'],
  },
  {
    id: 'product',
    cues: ['product', 'bottle', 'perfume', 'fragrance', 'sneaker', 'sneakers', 'watch', 'smartphone', 'phone', 'headphones', 'earbuds', 'logo', 'packaging', 'serum', 'lipstick', 'cosmetics', 'can', 'soda', 'brand', 'ad', 'commercial', 'advert', 'launch'],
    subject: ['a frosted glass perfume bottle with a gold cap', 'a white running sneaker with a translucent sole'],
    action: ['rotates slowly as droplets bead on the surface', 'lands on the pedestal with a soft bounce'],
    environment: ['a seamless white studio backdrop, soft box lighting', 'a black marble pedestal, crisp rim light'],
    camera: ['slow 360 orbit, macro close-up, clean and premium', 'top-down shot, slow push in, minimalist'],
  },
  {
    id: 'food',
    cues: ['chef', 'cook', 'dish', 'plate', 'coffee', 'espresso', 'latte', 'barista', 'pizza', 'ramen', 'noodles', 'sushi', 'cake', 'bread', 'dough', 'soup', 'burger', 'cocktail', 'bartender', 'kitchen', 'restaurant', 'bakery', 'wok', 'pan', 'sauce'],
    subject: ['a chef with rolled-up sleeves', 'a steaming bowl of ramen with a soft-boiled egg'],
    action: ['drizzles sauce in a slow spiral', 'steam curls up as the lid lifts'],
    environment: ['a rustic kitchen counter, warm window light', 'a busy restaurant pass under warm pendant lamps'],
    camera: ['macro close-up, shallow depth of field, appetising', 'overhead shot, slow push in, cosy'],
  },
  {
    id: 'sport',
    cues: ['athlete', 'runner', 'sprinter', 'skater', 'skateboarder', 'surfer', 'boxer', 'footballer', 'striker', 'goalkeeper', 'basketball', 'ball', 'stadium', 'court', 'pitch', 'race', 'match', 'bmx', 'climber', 'cyclist', 'gymnast', 'wrestler', 'tennis', 'skateboard'],
    subject: ['a sprinter in a sweat-soaked singlet', 'a skateboarder in a faded denim jacket'],
    action: ['explodes off the blocks, arms pumping', 'kicks off and carves a long arc'],
    environment: ['an empty stadium under floodlights at night', 'a sun-bleached skatepark at golden hour'],
    camera: ['low-angle tracking shot, speed ramp, kinetic', 'wide shot, slow motion, triumphant'],
  },
  {
    id: 'urban',
    cues: ['street', 'streets', 'city', 'alley', 'taxi', 'subway', 'metro', 'neon', 'traffic', 'rooftop', 'skyscraper', 'downtown', 'car', 'motorcycle', 'courier', 'crowd', 'tokyo', 'new', 'york', 'london', 'paris', 'cafe', 'café', 'bar', 'nightclub'],
    subject: ['a courier in a yellow rain jacket', 'a woman in her 30s in a long red wool coat'],
    action: ['weaves briskly through the crowd', 'stops under an awning and looks up'],
    environment: ['a rain-slicked street at night, neon reflections on wet pavement', 'a crowded crosswalk at dusk, warm shop lights'],
    camera: ['medium tracking shot, 35mm, cinematic and tense', 'handheld close-up, shallow depth of field, restless'],
  },
  {
    id: 'home',
    cues: ['bedroom', 'living', 'sofa', 'couch', 'bed', 'window', 'apartment', 'house', 'home', 'family', 'grandmother', 'grandfather', 'child', 'children', 'kid', 'kids', 'baby', 'dog', 'cat', 'puppy', 'kitten', 'book', 'tea', 'candle'],
    subject: ['an elderly woman in a grey cardigan', 'a golden retriever with a greying muzzle'],
    action: ['turns the page slowly and smiles', 'curls up on the rug and sighs'],
    environment: ['a cosy living room, late-afternoon window light', 'a sunlit kitchen with copper pans'],
    camera: ['static medium shot, soft focus, warm and nostalgic', 'slow push in, 50mm, intimate'],
  },
];

/** What to write when the shot gives no setting: says what belongs there, never invents a scene. */
const NEUTRAL: Record<Missing, string> = {
  subject: 'who or what, with one telling detail',
  action: 'what happens, and how it moves',
  environment: 'where it happens, and its light',
  camera: 'shot size or angle, one camera move, the mood',
};

export interface FittedSuggestion {
  /** The setting the shot's words pointed to, if any. */
  setting?: string;
  /** Concrete choices that fit, best first (empty when no setting was recognised). */
  choices: string[];
  /** The placeholder text for this component. */
  placeholder: string;
}

const cueIndex = new Map<string, number[]>();
SETTINGS.forEach((s, i) => {
  for (const c of s.cues) cueIndex.set(c, [...(cueIndex.get(c) ?? []), i]);
});

const settings = new WeakMap<Shot, string | null>();

/** The setting whose cues the shot's visual text mentions most (ties: the earlier, more specific one). */
export function settingOf(shot: Shot): string | undefined {
  const hit = settings.get(shot);
  if (hit !== undefined) return hit ?? undefined;
  const id = findSetting(shot);
  settings.set(shot, id ?? null);
  return id;
}

function findSetting(shot: Shot): string | undefined {
  const score = new Array<number>(SETTINGS.length).fill(0);
  for (const seg of shot.segments) {
    if (seg.channel === 'negative') continue;
    for (const t of tokensOf(seg)) for (const i of cueIndex.get(t.norm) ?? []) score[i]++;
  }
  let best = -1;
  for (let i = 0; i < score.length; i++) if (score[i] > 0 && (best < 0 || score[i] > score[best])) best = i;
  return best < 0 ? undefined : SETTINGS[best].id;
}

export function fittedSuggestion(shot: Shot, missing: Missing): FittedSuggestion {
  const id = settingOf(shot);
  const s = SETTINGS.find((x) => x.id === id);
  return { setting: id, choices: s ? s[missing] : [], placeholder: NEUTRAL[missing] };
}

/** A snippet choice list is comma-separated: escape what VS Code's snippet grammar reserves. */
function choiceText(s: string): string {
  return s.replace(/[\\|,$}]/g, (c) => `\\${c}`);
}

/**
 * The text and the snippet for an inserted `label: …` line: the snippet offers the fitted
 * choices (then the placeholder) at one tab stop; the plain text is the first choice, or the
 * placeholder in angle brackets so it cannot pass for a written prompt.
 */
export function insertion(label: string, f: FittedSuggestion): { text: string; snippet: string } {
  const options = [...f.choices, f.placeholder];
  const snippet = `${label}: \${1|${options.map(choiceText).join(',')}|}`;
  const text = `${label}: ${f.choices[0] ?? `<${f.placeholder}>`}`;
  return { text, snippet };
}
