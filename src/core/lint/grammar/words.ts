// Closed word classes the grammar rules need: prepositions that place things, determiners that
// fix number, pronouns, and the noun heads that follow a preposition without naming a place
// ("in a red coat", "in slow motion", "on her face"). Written for vprompt.

/** Prepositions (and particles the taggers read as adverbs) that introduce a location. */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'inside', 'at', 'on', 'upon', 'across', 'through', 'throughout', 'along', 'alongside', 'beside', 'under', 'underneath',
  'beneath', 'below', 'over', 'above', 'near', 'behind', 'atop', 'among', 'amongst', 'amid', 'amidst', 'around', 'outside',
  'within', 'into', 'onto', 'beyond', 'past', 'against', 'down', 'up', 'aboard', 'by', 'toward', 'towards', 'off',
]);

/** Verbs that address the model rather than describe the scene ("Show a fox…", "Film a chef…"). Lemmas. */
export const DIRECTIVE_VERBS = new Set(['show', 'film', 'capture', 'create', 'generate', 'make', 'depict', 'render', 'animate', 'imagine', 'picture', 'shoot', 'record', 'visualize', 'visualise', 'feature', 'open', 'start', 'begin', 'cut', 'fade']);

/** Prepositions after which a proper name is a place ("in Marrakech", "across Patagonia"). */
export const NAMED_PLACE_PREPOSITIONS = new Set(['in', 'inside', 'across', 'through', 'throughout', 'around', 'outside', 'near', 'over', 'above', 'beneath', 'along', 'within', 'into', 'beyond']);

/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = new Set([
  'blown', 'thrown', 'frozen', 'fallen', 'broken', 'spun', 'hung', 'shut', 'torn', 'worn', 'sunk', 'stuck', 'bound', 'caught', 'held',
  'laid', 'strewn', 'sewn', 'drawn', 'hidden', 'ridden', 'shaken', 'stolen', 'taken', 'woven', 'written', 'bitten', 'beaten', 'burnt',
  'lit', 'swollen', 'sprawled', 'slung', 'flung', 'wrung', 'split', 'spread', 'set', 'cast', 'sat', 'seated',
]);

export const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'each', 'every', 'this', 'that', 'another']);

/** Pronouns that put someone on screen. "I" is the narrator or the camera in prompts ("pov: i…"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'someone', 'somebody']);

/** Words that open a verb's object: "trims *the* hedge", "tunes *her* violin", "tethers *herself*". */
export const OBJECT_WORDS = new Set([
  'him', 'her', 'them', 'it', 'me', 'us', 'you', 'his', 'their', 'its', 'my', 'our', 'your',
  'himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'each', 'everything', 'something', 'someone',
]);

/** Heads after a locative preposition that are not places. Lemmas. */
export const NON_PLACE_HEADS = new Set([
  // clothing and accessories
  'coat', 'jacket', 'dress', 'gown', 'suit', 'shirt', 't-shirt', 'tee', 'blouse', 'sweater', 'hoodie', 'hood', 'cardigan', 'vest', 'uniform',
  'robe', 'cloak', 'cape', 'scarf', 'hat', 'cap', 'helmet', 'mask', 'glove', 'boot', 'shoe', 'sneaker', 'heel', 'sandal', 'sock', 'jeans',
  'trousers', 'pants', 'shorts', 'skirt', 'overalls', 'apron', 'kimono', 'sari', 'armor', 'armour', 'costume', 'outfit', 'clothes',
  'clothing', 'swimsuit', 'bikini', 'lingerie', 'pajamas', 'pyjamas', 'tuxedo', 'raincoat', 'poncho', 'parka', 'overcoat', 'trench',
  'leather', 'denim', 'silk', 'wool', 'velvet', 'lace', 'sequin', 'glasses', 'sunglasses', 'goggles', 'earring', 'necklace', 'ring',
  'bracelet', 'watch', 'backpack', 'bag', 'tie', 'bow', 'makeup', 'paint', 'tattoo', 'braid', 'ponytail', 'bun', 'beard', 'mustache',
  // the body
  'hand', 'arm', 'face', 'eye', 'hair', 'lap', 'mouth', 'lip', 'finger', 'palm', 'shoulder', 'head', 'foot', 'feet', 'leg', 'knee', 'chest',
  'back', 'neck', 'cheek', 'fist', 'wrist', 'hip', 'waist', 'skin', 'body', 'belly', 'ear', 'nose', 'forehead', 'brow', 'tooth', 'teeth',
  'tongue', 'paw', 'claw', 'tail', 'wing', 'beak', 'fur', 'feather', 'mane', 'hoof', 'arms', 'grip', 'embrace',
  // manner, time-as-rhythm, states and abstractions
  'motion', 'slow-motion', 'slowmo', 'time', 'real-time', 'unison', 'sync', 'silence', 'detail', 'style', 'fashion', 'manner', 'way',
  'color', 'colour', 'black', 'white', 'monochrome', 'sepia', 'focus', 'frame', 'shot', 'view', 'camera', 'lens', 'profile', 'silhouette',
  'close-up', 'closeup', 'love', 'fear', 'awe', 'tear', 'pain', 'joy', 'anger', 'shock', 'surprise', 'horror', 'wonder', 'thought',
  'despair', 'delight', 'triumph', 'excitement', 'panic', 'rage', 'grief', 'relief', 'disbelief', 'confusion', 'concentration',
  'half', 'one', 'two', 'pair', 'pieces', 'piece', 'line', 'row', 'circle', 'step', 'rhythm', 'beat', 'tempo', 'turn', 'response', 'reply',
  'return', 'order', 'place', 'front', 'middle', 'center', 'centre', 'side', 'top', 'bottom', 'edge', 'distance', 'foreground',
  'mid-air', 'midair', 'air', 'pose', 'position', 'stance', 'attention', 'character', 'love', 'slow', 'unison', 'tandem', 'sequence',
  'loop', 'reverse', 'contrast', 'harmony', 'balance', 'spite', 'honor', 'honour', 'memory', 'search', 'pursuit', 'celebration',
  'preparation', 'anticipation', 'style', 'tone', 'mood', 'aesthetic', 'texture', 'light', 'lighting', 'speed', 'slow motion',
  'second', 'seconds', 'minute', 'frame', 'frames', 'fps', 'degree', 'degrees', 'percent', 'inch', 'meter', 'metre', 'foot',
  // people and animals as the object of a preposition ("toward her mother", "at the dog")
  'man', 'woman', 'men', 'women', 'person', 'people', 'child', 'kid', 'boy', 'girl', 'mother', 'father', 'friend', 'partner', 'crowd',
  'dog', 'cat', 'horse', 'bird', 'owner', 'audience', 'viewer', 'lover', 'rival', 'opponent', 'enemy', 'stranger', 'baby', 'son',
  'daughter', 'brother', 'sister', 'husband', 'wife', 'grandmother', 'grandfather', 'teammate', 'team', 'customer', 'guest', 'fan',
  // things held, used or poured into ("on a guitar", "into a ceramic cup", "onto the plate")
  'guitar', 'piano', 'violin', 'drum', 'phone', 'screen', 'keyboard', 'instrument', 'microphone', 'mic', 'cup', 'mug', 'glass', 'plate',
  'bowl', 'bottle', 'jar', 'can', 'pan', 'pot', 'wok', 'kettle', 'teapot', 'spoon', 'fork', 'knife', 'tray', 'saucer', 'dish', 'pitcher',
  'vase', 'box', 'basket', 'bucket', 'envelope', 'page', 'paper', 'notebook', 'book', 'letter', 'map', 'canvas', 'sketchbook', 'easel',
  'skateboard', 'board', 'surfboard', 'bike', 'bicycle', 'scooter', 'ball', 'racket', 'bat', 'rope', 'string', 'thread', 'needle',
  'brush', 'pen', 'pencil', 'chalk', 'clay', 'dough', 'batter', 'sauce', 'milk', 'coffee', 'tea', 'water', 'wine', 'ink', 'oil', 'foam',
  'flame', 'candle', 'lens', 'mirror', 'window-pane', 'pane', 'handle', 'lid', 'rim', 'strap', 'button', 'trigger', 'key', 'lock', 'coin',
  'card', 'cards', 'chip', 'dice', 'toy', 'doll', 'puppet', 'camera', 'tripod', 'laptop', 'tablet', 'controller', 'remote', 'headphones',
  'pillow', 'blanket', 'towel', 'sheet', 'napkin', 'ribbon', 'flower', 'petal', 'leaf', 'stem', 'branch', 'twig', 'seed', 'fruit', 'apple',
  'orange', 'lemon', 'egg', 'cake', 'bread', 'loaf', 'slice', 'piece', 'bite', 'sip', 'drop', 'droplet', 'bubble', 'spark', 'ember',
]);

/** Nouns that name no subject of their own: the shot, its look, its timing. Lemmas. */
export const NON_SUBJECT_HEADS = new Set([
  'shot', 'scene', 'frame', 'view', 'moment', 'light', 'lighting', 'mood', 'tone', 'style', 'atmosphere', 'aesthetic', 'color', 'colour',
  'palette', 'background', 'foreground', 'detail', 'texture', 'sound', 'music', 'soundtrack', 'silence', 'time', 'motion', 'speed', 'focus',
  'angle', 'close-up', 'closeup', 'camera', 'lens', 'footage', 'video', 'clip', 'film', 'cinematography', 'composition', 'grade', 'grading',
  'quality', 'resolution', 'fps', 'second', 'seconds', 'minute', 'take', 'cut', 'transition', 'sequence', 'montage', 'vibe', 'feel',
  'look', 'effect', 'effects', 'aspect', 'ratio', 'format', 'render', 'version', 'hour', 'day', 'night', 'morning', 'evening', 'afternoon',
  'noon', 'midnight', 'dawn', 'dusk', 'sunset', 'sunrise', 'twilight', 'weather', 'haze', 'glow', 'contrast', 'saturation', 'grain', 'bokeh', 'depth', 'field', 'dof', 'realism', 'photorealism',
]);
