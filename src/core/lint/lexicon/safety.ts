// Safety-filter lexicon, written for vprompt from the categories providers publish (violence,
// sexual, minors, real people, third-party IP, hate, self-harm, dangerous, vulgar). Each entry
// says why it is risky and offers concrete, technical rewordings — the FAQ's advice: swap
// emotive words for filmable ones. Patterns use PhraseMatcher syntax; `$last` in a suggestion
// stands for the last matched word (the person or object), so the fix keeps it.
import type { SafetyCategory, SafetyTier } from '../types.js';

export interface SafetyEntry {
  patterns: string[];
  category: SafetyCategory;
  tier: SafetyTier;
  channel: 'visual' | 'audio' | 'both';
  why: string;
  suggestions: string[];
}

const PEOPLE = [
  'him', 'her', 'them', 'me', 'you', 'us', 'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'guard', 'guards', 'soldier',
  'soldiers', 'officer', 'officers', 'cop', 'cops', 'policeman', 'police', 'victim', 'victims', 'child', 'children', 'kid', 'kids', 'people',
  'crowd', 'someone', 'somebody', 'person', 'stranger', 'strangers', 'enemy', 'enemies', 'hostage', 'hostages', 'president', 'king', 'queen',
  'dog', 'cat', 'horse', 'deer', 'animal', 'bird', 'villain', 'hero', 'target', 'rival', 'father', 'mother', 'brother', 'sister', 'wife',
  'husband', 'friend', 'himself', 'herself', 'themselves', 'detective', 'thief', 'driver', 'teacher', 'student', 'students', 'bystander',
  'bystanders', 'passerby', 'civilian', 'civilians', 'prisoner', 'prisoners',
];

export const SAFETY_CLASSES: Record<string, ReadonlySet<string>> = {
  person: new Set(PEOPLE),
  det: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'two', 'three', 'several', 'another', 'that', 'this', 'my', 'your', 'our', 'its']),
  weapon: new Set(['gun', 'guns', 'pistol', 'pistols', 'rifle', 'rifles', 'shotgun', 'revolver', 'handgun', 'firearm', 'knife', 'knives', 'blade', 'machete', 'sword', 'crossbow', 'grenade', 'grenades']),
  minor: new Set(['child', 'children', 'kid', 'kids', 'toddler', 'toddlers', 'baby', 'babies', 'infant', 'minor', 'minors', 'underage', 'preteen', 'schoolgirl', 'schoolgirls', 'schoolboy', 'teen', 'teens', 'teenager', 'teenagers', 'teenage', 'schoolchildren', 'kindergarten']),
  photoreal: new Set(['photorealistic', 'photoreal', 'realistic', 'hyperrealistic', 'footage', 'documentary', 'news', 'interview', 'voice', 'says', 'speaks', 'sings', 'singing', 'speech', 'lifelike']),
};

export const SAFETY_ENTRIES: SafetyEntry[] = [
  // violence
  {
    patterns: ['blood', 'bloody', 'bloodied', 'bloodstained', 'blood-soaked', 'bleeding', 'bleeds'],
    category: 'violence', tier: 'warn', channel: 'visual',
    why: 'visible blood is a common trigger for violence filters.',
    suggestions: ['dark red stains', 'a smear of deep crimson paint'],
  },
  {
    patterns: ['gore', 'gory', 'gruesome', 'mutilated', 'mutilation', 'dismembered', 'decapitated', 'beheaded', 'disemboweled', 'severed head|limb|arm|hand', 'entrails'],
    category: 'violence', tier: 'block', channel: 'visual',
    why: 'graphic injury is blocked by every major provider.',
    suggestions: ['the aftermath implied by a character\'s shocked reaction', 'a cut to black before impact'],
  },
  {
    patterns: ['shoot|shoots|shooting|shot @det? @person', 'guns|gunned down', 'shot dead', 'shot in the head|chest|back', 'gets|got shot', 'opens|opened fire on|at'],
    category: 'violence', tier: 'block', channel: 'visual',
    why: 'shooting a person is depicted violence.',
    suggestions: ['aims a prop blaster toward the $last, no impact shown', 'a muzzle flash lights the wall off-screen'],
  },
  {
    patterns: ['gunshot', 'gunshots', 'gunfire', 'gun shot|shots'],
    category: 'violence', tier: 'warn', channel: 'both',
    why: 'gunfire reads as violence in the image and trips audio filters as a sound effect.',
    suggestions: ['a sharp percussive crack off-screen', 'a distant thunder-like crack'],
  },
  {
    patterns: ['stab|stabs|stabbed|stabbing @det? @person', 'stabbing', 'kill|kills|killed|killing @det? @person', 'murder', 'murders', 'murdered', 'murdering', 'strangle|strangles|strangled|strangling @det? @person', 'executes|executed @det? @person', 'public execution', 'execution scene', 'torture', 'tortured', 'tortures', 'torturing', 'massacre', 'slaughter', 'slaughtered', 'bloodbath', 'burned|burning alive', '@person on fire'],
    category: 'violence', tier: 'block', channel: 'visual',
    why: 'killing or torturing a person is blocked as graphic violence.',
    suggestions: ['overpowers the $last in a choreographed stage fight', 'a tense stand-off, the struggle kept off-screen'],
  },
  {
    patterns: ['corpse', 'corpses', 'dead body', 'dead bodies', 'body bag', 'cadaver'],
    category: 'violence', tier: 'warn', channel: 'visual',
    why: 'dead bodies trip violence filters even without injury.',
    suggestions: ['a figure lying motionless under a white sheet', 'an empty chalk outline on the floor'],
  },
  {
    patterns: ['punch|punches|punched|punching @det? @person', 'beat|beats|beating @det? @person up?', 'beaten to death', 'attacks|attacked @det? @person', 'knock|knocks|knocked @det? @person out', 'wounds', 'wounded', 'injured', '@weapon pointed|aimed at', 'points|aims @det? @weapon at'],
    category: 'violence', tier: 'warn', channel: 'visual',
    why: 'physical harm to a person is often held by violence filters.',
    suggestions: ['shoves the $last back in choreographed slow motion', 'a tense confrontation, fists clenched'],
  },
  {
    patterns: ['explosion', 'explosions', 'explodes', 'blows up', 'blown up'],
    category: 'violence', tier: 'info', channel: 'both',
    why: 'explosions are usually allowed but can tip a borderline prompt, and trip audio filters as SFX.',
    suggestions: ['a burst of orange light and swirling dust (practical effect)', 'a deep rumbling boom'],
  },
  {
    patterns: ['ill kill you', 'i will kill you', 'im going to kill you', 'im gonna kill you', 'gonna kill you', 'youre dead', 'you are dead', 'i will hurt you', 'die bitch'],
    category: 'violence', tier: 'warn', channel: 'audio',
    why: 'threats in dialogue trip audio safety filters.',
    suggestions: ['You\'ll regret this.', 'This isn\'t over.'],
  },
  {
    patterns: ['screams of pain', 'screaming in agony', 'agonized screams', 'blood-curdling scream', 'bloodcurdling scream'],
    category: 'violence', tier: 'warn', channel: 'audio',
    why: 'sounds of suffering read as violence to audio filters.',
    suggestions: ['a sharp gasp', 'a startled cry'],
  },
  // sexual
  {
    patterns: ['naked', 'nude', 'nudity', 'topless', 'bottomless', 'undressed', 'unclothed', 'in the nude'],
    category: 'sexual', tier: 'block', channel: 'visual',
    why: 'nudity is blocked by provider sexual-content filters.',
    suggestions: ['wrapped in a white towel', 'silhouetted behind frosted glass'],
  },
  {
    patterns: ['sex', 'sexual', 'sexually', 'erotic', 'porn', 'porno', 'pornographic', 'orgasm', 'intercourse', 'making love', 'having sex', 'genitals', 'genitalia', 'nipples', 'striptease', 'stripper', 'fetish', 'bdsm'],
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual content is blocked outright.',
    suggestions: ['a tender embrace, framed from the shoulders up', 'two hands intertwined, soft focus'],
  },
  {
    patterns: ['sexy', 'seductive', 'seductively', 'lingerie', 'sensual', 'provocative', 'cleavage', 'busty', 'scantily clad'],
    category: 'sexual', tier: 'warn', channel: 'both',
    why: 'suggestive wording raises the sexual-content score.',
    suggestions: ['confident and elegant', 'in a tailored evening gown'],
  },
  // real people
  {
    patterns: [
      'taylor swift', 'tom cruise', 'elon musk', 'donald trump', 'joe biden', 'barack obama', 'kim kardashian', 'beyonce', 'beyoncé', 'leonardo dicaprio',
      'scarlett johansson', 'keanu reeves', 'brad pitt', 'angelina jolie', 'morgan freeman', 'pope francis', 'vladimir putin', 'xi jinping',
      'queen elizabeth', 'king charles', 'lionel messi', 'cristiano ronaldo', 'lebron james', 'oprah', 'oprah winfrey', 'mark zuckerberg', 'jeff bezos',
      'bill gates', 'marilyn monroe', 'michael jackson', 'elvis presley', 'emma watson', 'tom hanks', 'rihanna', 'kanye west', 'zendaya',
      'dwayne johnson', 'jennifer lawrence', 'johnny depp', 'will smith', 'ariana grande', 'justin bieber', 'billie eilish',
      'david attenborough', 'sam altman', 'volodymyr zelensky', 'narendra modi', 'emmanuel macron', 'kamala harris',
    ],
    category: 'real-person', tier: 'warn', channel: 'both',
    why: 'real, recognisable people are refused by most video models (likeness and consent rules).',
    suggestions: ['a fictional performer: describe age, hair, wardrobe and manner instead', 'an original character in a similar style'],
  },
  {
    patterns: ['in the voice of', 'voiced by', 'sounds exactly like', 'looks exactly like', 'impersonating', 'impersonation of', 'celebrity lookalike', 'lookalike', 'look-alike', 'deepfake', 'deep fake', 'face swap', 'faceswap'],
    category: 'real-person', tier: 'warn', channel: 'both',
    why: 'imitating a real person\'s voice or likeness is refused even without naming them.',
    suggestions: ['an original voice: warm, low, slightly raspy', 'describe the look directly: age, hair, wardrobe'],
  },
  // third-party IP
  {
    patterns: [
      'mickey mouse', 'minnie mouse', 'donald duck', 'spider-man', 'spiderman', 'batman', 'superman', 'wonder woman', 'darth vader', 'yoda',
      'luke skywalker', 'pikachu', 'pokemon', 'pokémon', 'super mario', 'mario bros', 'luigi', 'harry potter', 'hogwarts', 'iron man',
      'captain america', 'the hulk', 'shrek', 'homer simpson', 'the simpsons', 'sonic the hedgehog', 'hello kitty', 'barbie', 'lightsaber',
      'star wars', 'marvel', 'disney princess', 'buzz lightyear', 'spongebob', 'peppa pig', 'optimus prime', 'james bond', 'gandalf', 'frodo',
      'winnie the pooh', 'elsa from frozen', 'minecraft', 'fortnite', 'master chief', 'lara croft', 'naruto', 'goku',
    ],
    category: 'third-party-ip', tier: 'warn', channel: 'both',
    why: 'copyrighted characters and franchises are refused or blocked on output.',
    suggestions: ['an original character: describe costume, colours and silhouette', 'a masked hero in a red and blue suit of your own design'],
  },
  {
    patterns: ['coca-cola', 'coca cola', 'coke can', 'pepsi', 'nike logo', 'nike swoosh', 'adidas logo', 'apple logo', 'mcdonalds', 'starbucks', 'ferrari logo', 'rolex', 'louis vuitton', 'gucci', 'red bull', 'lego', 'disney castle', 'pixar'],
    category: 'third-party-ip', tier: 'info', channel: 'visual',
    why: 'brands and logos can be blocked or rendered garbled; avoid them in generated footage.',
    suggestions: ['an unbranded red soda can', 'a plain white sneaker with no logo'],
  },
  {
    patterns: ['lyrics', 'lyrics from|of', 'sings|singing|sing @det? song by', 'song by', 'theme song from', 'cover of', 'bohemian rhapsody', 'let it go', 'shake it off', 'imperial march', 'star wars theme', 'hey jude', 'thriller by', 'billie jean', 'despacito', 'happy birthday song'],
    category: 'third-party-ip', tier: 'warn', channel: 'audio',
    why: 'copyrighted songs and lyrics are rejected by audio filters.',
    suggestions: ['hums an original wordless melody', 'an upbeat original synth-pop instrumental'],
  },
  // hate
  {
    patterns: ['nazi', 'nazis', 'swastika', 'swastikas', 'kkk', 'ku klux klan', 'white power', 'white supremacist', 'white supremacy', 'ethnic cleansing', 'genocide', 'racial slur', 'racial slurs', 'hate speech', 'heil hitler', 'sieg heil', 'nazi salute', 'hitler salute', 'lynching', 'lynch mob'],
    category: 'hate', tier: 'block', channel: 'both',
    why: 'hate symbols and speech are blocked outright.',
    suggestions: ['a 1940s military uniform without insignia', 'a tense crowd, faces in shadow'],
  },
  // self-harm
  {
    patterns: ['suicide', 'suicidal', 'kills himself', 'kills herself', 'kill myself', 'killed himself', 'killed herself', 'self-harm', 'self harm', 'cuts|cut|slits|slit her|his|their wrists', 'overdose', 'overdoses', 'overdosing', 'hangs himself|herself', 'noose'],
    category: 'self-harm', tier: 'block', channel: 'both',
    why: 'self-harm is blocked by every provider.',
    suggestions: ['sits alone at the window, lost in thought', 'a quiet moment of grief, face turned away'],
  },
  {
    patterns: ['jumps|jumping off @det? building|bridge|roof|cliff|ledge', 'about to jump'],
    category: 'self-harm', tier: 'warn', channel: 'visual',
    why: 'a person about to fall from a height can read as self-harm.',
    suggestions: ['stands at the railing, looking out over the city', 'leaps between rooftops in a parkour run'],
  },
  // dangerous
  {
    patterns: ['bomb-making', 'build|builds|building|make|makes|making a bomb', 'pipe bomb', 'car bomb', 'molotov', 'molotov cocktail', 'meth lab', 'cooking meth', 'cooks meth', 'drug lab', 'snorting cocaine', 'snorts cocaine', 'injecting heroin', 'shoots up heroin', 'ied', 'suicide bomber', 'terrorist attack', 'school shooting', 'mass shooting', 'hijacking', 'hijacks', 'arson', '3d printed gun'],
    category: 'dangerous', tier: 'block', channel: 'both',
    why: 'instructions for or depictions of weapons, terror and drug production are blocked.',
    suggestions: ['a chemistry lab with glowing beakers, purpose left unstated', 'emergency lights flash across an empty street'],
  },
  {
    patterns: ['cocaine', 'heroin', 'meth', 'methamphetamine', 'crack pipe', 'drunk driving', 'drink driving', 'bomb explodes', 'detonates'],
    category: 'dangerous', tier: 'warn', channel: 'both',
    why: 'hard drugs and dangerous acts are often held for review.',
    suggestions: ['a smoky nightclub, the details left out of frame', 'a car swerving on a wet road at night'],
  },
  // vulgar
  {
    patterns: ['fuck', 'fucking', 'fucked', 'fucker', 'motherfucker', 'motherfucking', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches', 'bastard', 'asshole', 'dickhead', 'cunt', 'twat', 'wanker'],
    category: 'vulgar', tier: 'warn', channel: 'both',
    why: 'profanity trips audio filters in dialogue and vulgarity filters in text.',
    suggestions: ['Darn it!', 'mutters under her breath, words unheard'],
  },
  {
    patterns: ['damn', 'goddamn', 'hell no', 'bloody hell', 'piss off', 'pissed off'],
    category: 'vulgar', tier: 'info', channel: 'audio',
    why: 'mild profanity is usually fine but can tip a borderline audio check.',
    suggestions: ['No way!', 'Oh, come on!'],
  },
  {
    patterns: ['middle finger', 'flips off', 'flipping off', 'flips the bird', 'flipping the bird', 'mooning', 'urinating', 'pees on', 'vomit', 'vomits', 'vomiting'],
    category: 'vulgar', tier: 'warn', channel: 'visual',
    why: 'crude gestures and bodily functions are caught by vulgarity filters.',
    suggestions: ['rolls her eyes and turns away', 'a dismissive wave of the hand'],
  },
];

/**
 * Phrases that contain risky-looking words but are harmless; matched in the same pass and,
 * being longer or earlier, they shadow the risky words inside them. Camera phrases from the
 * cinematography lexicon are added to these at build time.
 */
export const BENIGN_PHRASES: string[] = [
  'blood orange', 'blood oranges', 'blood moon', 'blood red', 'blood-red', 'blood type', 'blood pressure', 'blood bank', 'blood drive',
  'naked eye', 'naked flame', 'naked bulb', 'naked light bulb', 'naked branches', 'naked trees', 'naked walls',
  'nude lipstick', 'nude tones', 'nude colour', 'nude color', 'nude heels', 'nude palette', 'nude beige',
  'killer whale', 'killer whales', 'killer bee', 'killer bees', 'killer app', 'killer heels', 'lady killer',
  'explosion of colour', 'explosion of color', 'explosion of colours', 'explosion of colors', 'explosion of flavour', 'explosion of flavor',
  'explodes with colour', 'explodes with color', 'explodes into colour', 'explodes into color', 'bursts with colour',
  'smoke machine', 'photo shoot', 'photoshoot', 'fashion shoot', 'film shoot', 'shoot the scene', 'shoots the scene', 'shoot on film', 'shot on film',
  'bamboo shoot', 'bamboo shoots', 'shooting star', 'shooting stars', 'shoots up into the sky', 'shot glass', 'shot glasses', 'shot of espresso',
  'shot of whiskey', 'shot of tequila', 'big shot', 'mug shot', 'screenshot', 'slingshot', 'snapshot', 'moonshot', 'long shot', 'shot put',
  'knockout look', 'knockout dress', 'fire-red', 'fire red', 'fire engine', 'fire truck', 'fire station', 'fire escape', 'fire pit', 'campfire',
  'dead leaves', 'dead end', 'dead of night', 'dead calm', 'deadline', 'drop dead gorgeous', 'dead ahead',
  'bloody mary', 'killing time', 'kill switch', 'kill the lights', 'kills the engine', 'cut to black', 'jump cut', 'smash cut',
  'heart attack', 'panic attack', 'sex pistols', 'breast pocket', 'chicken breast', 'breaststroke',
  'cocktail', 'molotov ribbentrop', 'execution of the plan', 'flawless execution',
  'bomb pop', 'photobomb', 'bath bomb', 'bath bombs', 'da bomb', 'bombshell', 'bomber jacket', 'bomber jackets',
  'gunmetal grey', 'gunmetal gray', 'glue gun', 'spray gun', 'heat gun', 'nail gun', 'water gun', 'water pistol', 'starting pistol',
  'shoots the breeze', 'shoot the breeze', 'strike a pose', 'strikes a pose', 'a riot of colour', 'a riot of color',
];
