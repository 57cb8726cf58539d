// Vocabulary for recognising the four prompt components in free prose, written for vprompt
// from common film-craft terms. Camera words with everyday senses (shot, pan, tilt, dolly,
// crane, track, zoom, roll, boom...) appear only inside camera phrases, never bare.
// Pattern syntax: see PhraseMatcher (a|b alternatives, tok? optional, @class).

export const CAMERA_CLASSES = {
  dir: new Set(['left', 'right', 'up', 'down', 'in', 'out', 'across', 'over', 'around', 'back', 'forward', 'away', 'toward', 'towards', 'past', 'through', 'along', 'alongside', 'from', 'to', 'into', 'behind', 'above', 'below', 'slowly', 'quickly', 'gently']),
  cam: new Set(['camera', 'lens', 'shot', 'frame', 'view']),
};

/** Shot sizes, angles, movements, lenses: any one of these satisfies "camera". */
export const CAMERA_PHRASES: string[] = [
  // shot sizes
  'extreme? close-up|closeup', 'ecu', 'medium|mid close-up|closeup', 'close|closer shot',
  'medium|mid shot|framing|wide', 'medium-wide shot?', 'cowboy shot', 'full shot|body', 'wide|long shot|angle|lens|framing',
  'extreme wide|long shot', 'establishing shot', 'two shot', 'three shot', 'over the shoulder', 'ots shot', 'insert shot', 'cutaway',
  'master shot', 'single shot', 'shot reverse shot', 'reverse shot', 'profile shot', 'wide establishing',
  // angles
  'eye level|line', 'low|high angle|shot', 'birds eye|eye-view', 'birds-eye|birdseye view|shot?',
  'top-down shot|view|angle?', 'overhead shot|view|angle', 'worms eye', 'dutch angle|tilt', 'canted angle', 'aerial shot|view|footage|establishing',
  'pov|point-of-view shot?', 'point of view', 'first-person view|shot|perspective?', 'fpv', 'selfie angle', 'ground level shot?',
  // movement
  'static|locked|locked-off shot|camera|frame', 'locked off', 'tripod shot', 'pan|pans|panning @dir', 'slow|whip|swish pan', 'camera pans|pan',
  'tilt|tilts|tilting up|down', 'camera tilts|tilt', 'dolly|dollies|dollying @dir', 'dolly shot|zoom|move', 'push|pushes|pushing in|into|toward|towards|forward',
  'slow push|push-in', 'pull|pulls|pulling back|out|away', 'pull-back|pull-out|pullback reveal?', 'zoom|zooms|zooming @dir', 'slow|crash|snap zoom', 'zoom shot',
  'truck|trucks|trucking left|right', 'pedestal up|down', 'camera roll|rolls', 'barrel roll', 'crane shot|up|down|over|move', 'boom shot|up|down', 'jib shot|arm|up|down',
  'tracking|track|trailing|follow|following shot|camera', 'tracks|tracking|follows|trails @dir', 'camera follows|tracks|trails|circles|orbits|glides|drifts|rises|descends|floats|sweeps|moves|races|dives|hovers|pushes|pulls|cranes|swoops|spins|rotates|flies',
  'arc|arcing shot|move|around', 'orbit|orbital|orbiting shot|camera|move|around', '360 degree? orbit|shot|spin|pan', 'handheld|hand-held camera|shot|footage?',
  'steadicam|gimbal shot|move|follow?', 'drone shot|flyover|footage|view|flythrough|fly-through|orbit', 'fpv dive|drone', 'bullet time', 'one-take|oner',
  'single|long|continuous take', 'time slice', 'vertigo effect', 'dolly-zoom', 'snorricam', 'split diopter shot?', 'whip-pan', 'rack focus', 'focus pull|puller',
  // lens and focus
  'shallow|deep depth of field', 'shallow|deep focus|dof', 'bokeh', 'macro shot|lens|close-up?', 'wide-angle lens?', 'telephoto lens|shot?', 'long lens',
  'fisheye|fish-eye lens?', 'anamorphic lens|flare|widescreen?', '@mm lens?', 'shot on @mm|film|35mm|16mm|super', 'lens flare|flares', 'film grain',
  'soft focus', 'tilt-shift', 'split screen', 'vignette', 'prime lens', 'zoom lens', 'focal length', 'slow shutter', 'motion blur',
  'letterbox|letterboxed', 'widescreen', 'imax', 'cinemascope', 'framed|framing|composition',
  // shorthand and the terms people write beyond the textbook (whip pans, snorricams, FPV dives…)
  'mcu', 'cu', 'ews', 'gods eye view|shot?', 'hip|knee|shoulder level shot?', 'dirty|clean single', 'reverse angle', 'three-quarter view|angle|profile',
  '3/4 view|angle|profile', 'side view|angle|profile', 'front view|angle', 'rear view shot|angle', 'from above|below', 'seen|shot|filmed|viewed from above|below|behind|overhead',
  'crab shot|left|right', 'cable cam', 'spidercam', 'motion control rig?', 'shaky cam|camera', 'shakycam', 'camera shake', 'floating camera|shot',
  'reveal shot', 'slow creep|creep-in|creep in', 'crash-zoom', 'snap-zoom', 'snorricam shot?', 'body-mounted|chest-mounted camera|rig', 'fpv shot|footage|flythrough|fly-through|chase',
  'drone footage|pov|camera|sweep|pullback|pull-back|reveal|pass', 'aerial drone|pan|sweep|tracking|footage|orbit|flyover', 'dolly in|out|back|forward', 'dolly-in|dolly-out',
  'push-in shot', 'tilt-up|tilt-down', 'pan-and-tilt', 'jump|match|smash cut', 'freeze frame', 'split-screen', 'picture in picture',
  'lens whacking', 'lensbaby', 'periscope|probe lens', 'ultra-wide|ultrawide|super-wide lens|shot|angle?', 'wide aperture', 'shallow-focus', 'deep-focus',
  'extreme macro', 'anamorphic', 'spherical lens', 'vintage lens', 'f/1.4|f/1.8|f/2|f/2.8|f/4|f/8|f/11', 'shutter angle', 'high frame rate', 'high-speed camera',
  'shot on iphone|arri|alexa|red|kodak|film|super|digital|vhs|camcorder', 'arri alexa', 'super 8|16', 'film stock', 'kodak portra|vision3|ektachrome',
  'cctv|security camera|surveillance|bodycam|dashcam|doorbell camera footage|view|angle?', 'found footage', 'gopro|go-pro footage|shot|pov?', 'phone|iphone|smartphone footage|camera|video',
  'webcam|camcorder footage?', 'selfie video|style|shot|cam', 'vlog style|camera?', 'vertical video|format|framing|frame', 'portrait orientation|format|framing',
  'static', 'aerial', 'zoom', 'panning', 'tracking', 'dolly', 'jib', 'lens', 'close on', 'tight on', 'wide on', 'tight shot|close-up|framing|frame',
  'in focus', 'out of focus', 'focus shifts|racks|pulls|falls|snaps', 'depth of field', 'dof', 'follow cam|camera', 'follow-cam', 'chase cam|camera',
  'angle', 'cam', 'cams', 'front|rear|back|selfie|phone|security|hidden|trail|helmet|chest|dash camera', 'chase shot|cam|camera',
  'push-ins', 'pull-outs', 'whip-pans', 'pan following|follows|tracking|reveal|shot', 'reveal|lazy|gentle|quick|fast|sweeping pan',
  'crane rise|rises|lift|descent', 'high wide', 'wide high', 'replay', 'reaction shot|shots', 'b-roll', 'broll', 'insert of',
  'rule of thirds', 'negative space', 'centered|centred|symmetrical|symmetric framing|composition|shot', 'leading lines', 'fills the frame', 'in frame', 'out of frame', 'frame left|right',
];

// Plurals of the shot words ("tracking shots", "close-ups", "low angles"), added mechanically.
const PLURAL: Record<string, string> = { shot: 'shots', 'close-up': 'close-ups', closeup: 'closeups', angle: 'angles', pan: 'pans', zoom: 'zooms', take: 'takes' };
for (const [i, p] of CAMERA_PHRASES.entries()) {
  const parts = p.split(' ');
  const last = parts[parts.length - 1].replace(/\?$/, '');
  const alts = last.split('|');
  const more = alts.map((a) => PLURAL[a]).filter((x): x is string => !!x && !alts.includes(x));
  if (more.length && !parts[parts.length - 1].endsWith('?')) CAMERA_PHRASES[i] = [...parts.slice(0, -1), [...alts, ...more].join('|')].join(' ');
}

export const MM_CLASS = new Set(['8mm', '12mm', '14mm', '16mm', '18mm', '21mm', '24mm', '28mm', '35mm', '40mm', '50mm', '65mm', '70mm', '85mm', '100mm', '135mm', '200mm']);

/** Mood and style words: the "+ mood" half of the camera component; alone they don't satisfy camera. */
export const MOOD_WORDS: string[] = [
  'cinematic', 'documentary', 'noir', 'vhs', 'anime', 'stop-motion', 'claymation', 'tense', 'whimsical', 'nostalgic', 'ominous',
  'dreamy', 'moody', 'melancholic', 'melancholy', 'serene', 'epic', 'intimate', 'playful', 'eerie', 'hopeful', 'romantic', 'gritty', 'ethereal',
  'mysterious', 'joyful', 'calm', 'peaceful', 'dramatic', 'suspenseful', 'somber', 'sombre', 'upbeat', 'energetic', 'surreal', 'photorealistic',
  'hyperrealistic', 'realistic', 'stylized', 'stylised', 'watercolor', 'watercolour', 'painterly', 'lo-fi', 'retro', 'vintage', 'minimalist',
  'atmospheric', 'meditative', 'contemplative', 'chaotic', 'frantic', 'uplifting', 'lonely', 'cozy', 'cosy', 'haunting', 'triumphant', 'wistful',
  'documentary style', 'commercial style', 'music video', 'mood', 'tone', 'aesthetic', 'film look', 'cinematic look',
];

/** Lighting phrases count toward "environment + lighting". */
export const LIGHTING_PHRASES: string[] = [
  'golden hour', 'blue hour', 'magic hour', 'overcast', 'moonlight', 'moonlit', 'neon', 'neon-lit', 'tungsten', 'practical|practicals light|lights?',
  'candlelight|candlelit|candle-lit', 'window light', 'key|fill|rim|back|kicker|hair light', 'backlight|backlit|backlighting', 'soft|hard|harsh|diffused|dappled|warm|cool|cold|natural|ambient|low|dim|flat light|lighting|glow',
  'high-key|low-key lighting?', 'chiaroscuro', 'volumetric light|lighting|fog|haze?', 'god rays', 'light rays', 'sunbeams', 'teal and orange', 'teal-and-orange',
  'sunlight', 'sunlit', 'daylight', 'sun-drenched', 'sun-soaked', 'sun-bleached', 'sun-dappled', 'floodlit', 'floodlights', 'lamplit', 'fluorescent', 'spotlight', 'spotlit', 'silhouette|silhouetted', 'lit by', 'glow|glowing|glows', 'twilight', 'dusk', 'dawn',
  'sunset', 'sunrise', 'midday sun', 'firelight', 'lamplight', 'streetlight|streetlights', 'street lights', 'headlights', 'flicker|flickering light', 'strobe|strobing',
  'lighting', 'light', 'lights', 'shadows', 'reflections', 'haze', 'hazy', 'lens flare',
];

/** Places, settings, weather and time of day. */
export const ENVIRONMENT_WORDS: string[] = [
  'street', 'streets', 'city', 'alley', 'alleyway', 'forest', 'woods', 'beach', 'ocean', 'sea', 'desert', 'mountain', 'mountains', 'field', 'meadow',
  'room', 'kitchen', 'office', 'bar', 'cafe', 'café', 'diner', 'restaurant', 'station', 'subway', 'platform', 'rooftop', 'park', 'garden', 'lake',
  'river', 'bridge', 'warehouse', 'studio', 'stage', 'classroom', 'library', 'hospital', 'church', 'temple', 'market', 'village', 'castle',
  'spaceship', 'space station', 'outer space', 'planet', 'cave', 'jungle', 'snow', 'snowy', 'rain', 'rainy', 'raining', 'rain-slicked', 'fog', 'foggy', 'mist', 'misty',
  'night', 'day', 'morning', 'evening', 'afternoon', 'midnight', 'sky', 'clouds', 'interior', 'exterior', 'indoors', 'outdoors', 'backdrop', 'background',
  'landscape', 'skyline', 'harbor', 'harbour', 'pier', 'dock', 'highway', 'road', 'corridor', 'hallway', 'apartment', 'bedroom', 'living room',
  'bathroom', 'pool', 'stadium', 'arena', 'lab', 'laboratory', 'factory', 'farm', 'countryside', 'town', 'downtown', 'shore', 'coast', 'cliff',
  'canyon', 'valley', 'hill', 'hills', 'glacier', 'tundra', 'savanna', 'swamp', 'marsh', 'waterfall', 'island', 'port', 'airport', 'runway', 'train',
  'tunnel', 'square', 'plaza', 'courtyard', 'balcony', 'porch', 'attic', 'basement', 'garage', 'parking lot', 'gym', 'tavern', 'pub', 'club',
  'nightclub', 'ballroom', 'theater', 'theatre', 'museum', 'gallery', 'shop', 'store', 'boutique', 'bakery', 'greenhouse', 'orchard', 'vineyard',
  'wheat field', 'rice paddy', 'lagoon', 'reef', 'underwater', 'seabed', 'storm', 'thunderstorm', 'snowfall', 'blizzard', 'sandstorm', 'wind',
  'windy', 'sunny', 'cloudy', 'puddles', 'pavement', 'sidewalk', 'cobblestone', 'tokyo', 'paris', 'london', 'new york', 'venice', 'kyoto',
  'setting', 'scene', 'location', 'environment', 'set', 'tabletop', 'table', 'counter', 'floor', 'wall', 'window', 'doorway', 'staircase',
  'at night', 'at dawn', 'at dusk', 'in the rain', 'under the stars', 'night sky', 'starry', 'orbit', 'savannah', 'prairie', 'suburb', 'neighborhood',
  'noon', 'midday', 'nightfall', 'daybreak', 'sundown', 'sunup', 'late afternoon', 'early morning', 'monsoon', 'drizzle', 'downpour', 'hail',
  'sleet', 'frost', 'frosty', 'heatwave', 'humid', 'thunder', 'lightning storm', 'whiteout', 'overcast sky', 'clear sky', 'indoor', 'outdoor',
  'moon', 'full moon', 'crescent moon', 'moonrise', 'booth', 'cubicle', 'kiosk', 'poolside', 'terrace', 'villa', 'backstage', 'offstage', 'ringside', 'courtside', 'trackside',
];

/** Things that can be the subject of a shot. Pronouns count too: labeled actions often start "she ...". */
export const SUBJECT_WORDS: string[] = [
  'woman', 'women', 'man', 'men', 'girl', 'boy', 'child', 'children', 'kid', 'kids', 'person', 'people', 'crowd', 'couple', 'family', 'dancer',
  'dancers', 'chef', 'soldier', 'astronaut', 'detective', 'knight', 'robot', 'android', 'cyborg', 'character', 'figure', 'teenager', 'worker',
  'musician', 'guitarist', 'pianist', 'drummer', 'singer', 'athlete', 'runner', 'skater', 'skateboarder', 'surfer', 'pilot', 'driver', 'scientist',
  'doctor', 'nurse', 'farmer', 'fisherman', 'monk', 'samurai', 'ninja', 'cowboy', 'warrior', 'wizard', 'witch', 'king', 'queen', 'prince',
  'princess', 'grandmother', 'grandfather', 'mother', 'father', 'baby', 'student', 'teacher', 'climber', 'hiker', 'cyclist', 'swimmer', 'diver',
  'boxer', 'explorer', 'traveler', 'traveller', 'stranger', 'protagonist', 'hero', 'heroine', 'villain', 'barista', 'bartender', 'waiter',
  'model', 'actor', 'actress', 'officer', 'guard', 'sailor', 'captain', 'painter', 'artist', 'potter', 'blacksmith', 'carpenter', 'mechanic',
  'she', 'he', 'they', 'her', 'his', 'dog', 'puppy', 'cat', 'kitten', 'horse', 'bird', 'birds', 'eagle', 'hawk', 'owl', 'fox', 'wolf', 'bear',
  'deer', 'whale', 'dolphin', 'fish', 'koi', 'butterfly', 'butterflies', 'dragon', 'tiger', 'lion', 'elephant', 'giraffe', 'zebra', 'monkey',
  'rabbit', 'squirrel', 'penguin', 'octopus', 'jellyfish', 'shark', 'turtle', 'frog', 'bee', 'bees', 'hummingbird', 'crow', 'raven', 'swan',
  'car', 'cars', 'train', 'ship', 'boat', 'sailboat', 'plane', 'airplane', 'jet', 'helicopter', 'bicycle', 'bike', 'motorcycle', 'truck', 'bus',
  'tram', 'rocket', 'spacecraft', 'balloon', 'hot air balloon', 'kite', 'candle', 'coffee', 'cup', 'mug', 'book', 'flower', 'flowers', 'rose',
  'tree', 'trees', 'leaf', 'leaves', 'wave', 'waves', 'bottle', 'perfume', 'sneaker', 'sneakers', 'watch', 'phone', 'smartphone', 'laptop',
  'product', 'logo', 'cake', 'dish', 'bowl', 'ramen', 'pizza', 'burger', 'wine', 'glass', 'ice cube', 'droplet', 'raindrops', 'smoke', 'paper',
  'lantern', 'clock', 'mirror', 'violin', 'piano', 'guitar', 'umbrella', 'statue', 'sculpture', 'vase', 'chair', 'door', 'key', 'ring', 'necklace',
  'someone', 'somebody', 'something', 'jellyfish', 'creature', 'monster', 'alien', 'spirit', 'ghost', 'silhouette', 'hands', 'hand', 'face', 'eyes',
];

/** Action and motion-style words (verbs in common forms). Any other "-ing" word also counts unless it's a known noun. */
export const ACTION_WORDS: string[] = [
  'walk', 'walks', 'walked', 'run', 'runs', 'jump', 'jumps', 'dance', 'dances', 'turn', 'turns', 'look', 'looks', 'stop', 'stops', 'fall', 'falls',
  'fly', 'flies', 'swim', 'swims', 'drive', 'drives', 'ride', 'rides', 'rise', 'rises', 'spin', 'spins', 'smile', 'smiles', 'laugh', 'laughs',
  'cry', 'cries', 'wave', 'waves', 'sit', 'sits', 'stand', 'stands', 'open', 'opens', 'close', 'closes', 'pour', 'pours', 'lift', 'lifts',
  'throw', 'throws', 'catch', 'catches', 'reach', 'reaches', 'grab', 'grabs', 'hold', 'holds', 'move', 'moves', 'glide', 'glides', 'drift',
  'drifts', 'flow', 'flows', 'sway', 'sways', 'flicker', 'flickers', 'blow', 'blows', 'sail', 'sails', 'climb', 'climbs', 'kneel', 'kneels',
  'lean', 'leans', 'step', 'steps', 'stroll', 'strolls', 'sprint', 'sprints', 'race', 'races', 'march', 'marches', 'float', 'floats', 'twirl',
  'twirls', 'wander', 'wanders', 'approach', 'approaches', 'enter', 'enters', 'exit', 'exits', 'emerge', 'emerges', 'melt', 'melts', 'grow',
  'grows', 'bloom', 'blooms', 'splash', 'splashes', 'ripple', 'ripples', 'crash', 'crashes', 'bounce', 'bounces', 'roll', 'rolls', 'slide',
  'slides', 'skid', 'skids', 'hover', 'hovers', 'dive', 'dives', 'leap', 'leaps', 'chase', 'chases', 'hug', 'hugs', 'kiss', 'kisses', 'nod',
  'nods', 'blink', 'blinks', 'breathe', 'breathes', 'sing', 'sings', 'play', 'plays', 'paint', 'paints', 'write', 'writes', 'read', 'reads',
  'type', 'types', 'cook', 'cooks', 'stir', 'stirs', 'chop', 'chops', 'eat', 'eats', 'drink', 'drinks', 'sip', 'sips', 'shake', 'shakes',
  'tremble', 'trembles', 'shiver', 'shivers', 'unfold', 'unfolds', 'reveal', 'reveals', 'transform', 'transforms', 'morph', 'morphs',
  'dissolve', 'dissolves', 'scatter', 'scatters', 'swirl', 'swirls', 'burst', 'bursts', 'shatter', 'shatters', 'crumble', 'crumbles',
  'gaze', 'gazes', 'stare', 'stares', 'glance', 'glances', 'whisper', 'whispers', 'shout', 'shouts', 'push', 'pushes', 'pull', 'pulls',
  'trot', 'trots', 'gallop', 'gallops', 'prowl', 'prowls', 'crawl', 'crawls', 'creep', 'creeps', 'stride', 'strides', 'skip', 'skips',
  'hop', 'hops', 'stumble', 'stumbles', 'tumble', 'tumbles', 'soar', 'soars', 'swoop', 'swoops', 'rush', 'rushes', 'dash', 'dashes',
  'wade', 'wades', 'paddle', 'paddles', 'surf', 'surfs', 'skate', 'skates', 'ski', 'skis', 'twist', 'twists', 'bend', 'bends', 'stretch',
  'stretches', 'point', 'points', 'shrug', 'shrugs', 'bite', 'bites', 'chew', 'chews', 'pounce', 'pounces', 'lunge', 'lunges', 'roam', 'roams',
  'graze', 'grazes', 'peck', 'pecks', 'flap', 'flaps', 'flutter', 'flutters', 'buzz', 'buzzes', 'crackle', 'crackles', 'burn', 'burns',
  'release', 'releases', 'knit', 'knits', 'stalk', 'stalks', 'happen', 'happens', 'sew', 'sews', 'carve', 'carves', 'dig', 'digs',
  'sweep', 'sweeps', 'feed', 'feeds', 'watch', 'watches', 'wait', 'waits', 'sleep', 'sleeps', 'wake', 'wakes', 'build', 'builds',
  'sketch', 'sketches', 'pray', 'prays', 'bow', 'bows', 'clap', 'claps', 'cheer', 'cheers', 'hide', 'hides', 'search', 'searches',
  'explore', 'explores', 'hunt', 'hunts', 'sets', 'fade', 'fades', 'spill', 'spills', 'drip', 'drips', 'steam', 'steams', 'sparkle', 'sparkles', 'shimmer', 'shimmers', 'mends',
  'cycle', 'cycles', 'pedal', 'pedals', 'jog', 'jogs', 'shoot', 'shoots', 'fire', 'fires', 'aim', 'aims', 'fight', 'fights', 'argue',
  'argues', 'talk', 'talks', 'speak', 'speaks', 'swing', 'swings', 'kick', 'kicks', 'wipe', 'wipes', 'plays', 'hurries', 'rushes',
  'slow motion', 'slow-motion', 'slowmo', 'timelapse', 'time-lapse', 'time lapse', 'hyperlapse', 'speed ramp', 'briskly', 'gently', 'slowly',
  'quickly', 'rapidly', 'gracefully', 'lazily', 'frantically', 'steadily', 'kinetic', 'in motion', 'motion',
];

/**
 * Action words that are as often nouns or adjectives in prompts ("ripples of sand", "eyes
 * open", "a lace set", "a deep wound", "a shy smile"): the structure analysis asks the tagger
 * about them. Words that are nearly always verbs in prompts (walks, runs, leaps) are not here.
 */
export const AMBIGUOUS_ACTIONS = new Set([
  'open', 'close', 'set', 'sets', 'wound', 'wave', 'waves', 'ripple', 'ripples', 'steam', 'fire', 'fires', 'point', 'points', 'watch',
  'step', 'steps', 'roll', 'rolls', 'slide', 'slides', 'crash', 'crashes', 'burst', 'bursts', 'drink', 'drinks', 'play', 'plays', 'paint',
  'fall', 'falls', 'swing', 'swings', 'stand', 'stands', 'flow', 'bow', 'bows', 'kiss', 'hug', 'type', 'types', 'march', 'race', 'races',
  'cycle', 'cycles', 'dash', 'spring', 'sketch', 'sketches', 'spill', 'spills', 'drip', 'drips', 'splash', 'splashes', 'sparkle',
  'sparkles', 'shimmer', 'shimmers', 'flicker', 'flickers', 'knit', 'stalk', 'stalks', 'bloom', 'blooms', 'release', 'reveal', 'approach',
  'exit', 'float', 'floats', 'sail', 'sails', 'hold', 'cry', 'smile', 'laugh', 'look', 'turn', 'glance', 'gaze', 'stare', 'whisper',
  'shout', 'kick', 'fight', 'bite', 'twist', 'bend', 'lean',
]);

/** "-ing" words that are nouns or adjectives, not actions. */
export const ING_NOUNS = new Set([
  'lighting', 'building', 'buildings', 'morning', 'evening', 'ceiling', 'painting', 'paintings', 'clothing', 'wedding', 'ring', 'king', 'thing',
  'things', 'nothing', 'something', 'anything', 'everything', 'string', 'spring', 'wing', 'wings', 'ping', 'railing', 'awning', 'pudding',
  'sibling', 'viking', 'darling', 'sterling', 'herring', 'during', 'setting', 'opening', 'ending', 'beginning', 'feeling', 'being', 'bring',
  'sing', 'sling', 'swing', 'sting', 'thing', 'ting', 'wring', 'cling', 'fling', 'bling', 'earring', 'earrings', 'stocking', 'stockings', 'icing',
  'frosting', 'dumpling', 'dumplings', 'seedling', 'duckling', 'ceiling', 'landing', 'clearing', 'crossing', 'ingredients', 'offering',
  'framing', 'recording', 'footing', 'siding', 'tiling', 'flooring', 'roofing', 'padding', 'stuffing', 'filling', 'housing', 'parking',
  'shopping', 'sightseeing', 'camping', 'evening', 'tracking', 'panning', 'zooming', 'dollying', 'trailing', 'following', 'orbiting',
  'glowing', 'shimmering', 'gleaming', 'towering', 'sprawling', 'overlooking', 'surrounding', 'surroundings', 'amazing', 'interesting',
  'stunning', 'charming', 'boring', 'striking', 'outstanding', 'inviting', 'lasting', 'dazzling', 'sparkling', 'blinding', 'haunting',
  'uplifting', 'calming', 'soothing', 'relaxing', 'exciting', 'thrilling', 'breathtaking', 'matching', 'missing', 'pudding', 'king',
]);

/** Words too generic to steer a model, with concrete replacements (structure/vague). */
export const VAGUE_TERMS: Array<{ pattern: string; suggestions: string[] }> = [
  { pattern: 'chaotic energy', suggestions: ['high-speed camera movement', 'fast whip pans and handheld shake'] },
  { pattern: 'good|nice|cool|great vibes?', suggestions: ['warm golden-hour light, relaxed pacing'] },
  { pattern: 'vibes', suggestions: ['a specific mood such as "nostalgic, soft film grain"'] },
  { pattern: 'a lot of movement', suggestions: ['fast tracking shot with quick cuts of motion'] },
  { pattern: 'some kind of', suggestions: ['name the exact thing'] },
  { pattern: 'something', suggestions: ['name the object, e.g. "a brass pocket watch"'] },
  { pattern: 'someone|somebody', suggestions: ['describe who: "a man in his 60s in a tweed jacket"'] },
  { pattern: 'stuff|things', suggestions: ['name the objects in frame'] },
  { pattern: 'a person', suggestions: ['a woman in her 30s in a long red wool coat', 'an elderly man in a grey cardigan'] },
  { pattern: 'beautiful|amazing|awesome|stunning|nice|cool', suggestions: ['concrete visual detail: light, colour, texture'] },
  { pattern: 'high|best quality', suggestions: ['describe lens, lighting and texture instead of quality tags'] },
  { pattern: 'masterpiece|ultra-detailed', suggestions: ['describe lens, lighting and texture instead of quality tags'] },
];

/** Words that carry no description, for counting how much a shot actually says. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'be', 'as', 'it', 'its',
  'this', 'that', 'these', 'those', 'then', 'than', 'into', 'onto', 'over', 'under', 'very', 'some', 'so', 'just', 'while', 'her', 'his', 'their',
]);
