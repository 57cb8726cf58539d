// safety/visual and safety/audio by meaning: lemmas, harm verb + person, minors by age and
// place, combinations per shot, channels, benign senses; and rewordings that fit where they land.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import type { LintConfig, LintDiagnostic } from '../../src/core/lint/types.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { startsWithVowelSound } from '../../src/core/text/inflect.js';

function safety(body: string, config?: LintConfig): LintDiagnostic[] {
  return lintText(`# S\n${body}\n`, config ? { config } : undefined).diagnostics.filter((d) => d.rule.startsWith('safety/'));
}
const labels = (body: string) => safety(body).map((d) => `${d.rule} ${d.category}`);

/** The line with a fix applied (all edits are on line 1 here). */
function applied(body: string, d: LintDiagnostic, i: number): string {
  const e = d.fixes![i].edits[0];
  return body.slice(0, e.range.start.character) + e.newText + body.slice(e.range.end.character);
}

test('lemmas: every inflection of a harm verb aimed at a person', () => {
  for (const v of ['stabs', 'stabbed', 'stabbing', 'strangles', 'strangled', 'beheads', 'kidnapped', 'pistol-whips', 'pistol-whipped']) {
    assert.deepEqual(labels(`A man ${v} the cashier in a shop.`).slice(0, 1).map((l) => l.split(' ')[1]), ['violence'], v);
  }
  assert.deepEqual(labels('Thugs beat up a homeless man under a bridge.'), ['safety/visual violence']);
  assert.deepEqual(labels('He is beaten to death in an alley.'), ['safety/visual violence']);
});

test('harm verbs take a broad person class: roles, "the wounded", names by capitals', () => {
  assert.deepEqual(labels('She stabs a passenger on the night bus.'), ['safety/visual violence']);
  assert.deepEqual(labels('The raider strangles Marco beside the fountain.'), ['safety/visual violence']);
  assert.deepEqual(labels('The soldier shoots the wounded in the trench.'), ['safety/visual violence']);
  assert.deepEqual(labels('He stabs. Then the camera pans away.'), []);
});

test('polysemous verbs need a person object, not a possessive: "whips her hair", "burns her letters"', () => {
  for (const body of ['She whips her hair back and laughs.', 'He burns her letters in the fireplace.', 'She cuts herself a slice of cake.', 'The chef beats the eggs.', 'He hangs the king\'s portrait.', 'A photographer shoots the bride and groom at golden hour.', 'A boxer punches his opponent in the ring.']) {
    assert.deepEqual(labels(body), [], body);
  }
  assert.deepEqual(labels('He burns her alive in the square.'), ['safety/visual violence']);
});

test('minors: age words and places, escalated by sexualised clothing, pose or setting', () => {
  assert.deepEqual(labels('A 12-year-old girl in a bikini poses on a bed.'), ['safety/visual minors']);
  assert.deepEqual(labels('A shirtless ten-year-old boy in a bedroom, sultry mood.'), ['safety/visual minors']);
  assert.deepEqual(labels('A middle school girl, sultry lighting.'), ['safety/visual minors']);
  assert.deepEqual(labels('A 7th grader in lingerie.'), ['safety/visual minors']);
  assert.deepEqual(labels('A child holds a loaded gun in the kitchen.'), ['safety/visual minors']);
  assert.deepEqual(labels('A cop shoots an unarmed teenager.'), ['safety/visual minors']);
  // Benign: one weak cue alone, toys, a party.
  for (const body of ['A kid in a swimsuit splashes in a pool at a summer party.', 'A child asleep in bed, a night light glows.', 'A toddler plays with a toy gun on the carpet.', "A kid's birthday party in a backyard, balloons, wide shot.", 'A 25-year-old woman in a bikini on a beach.']) {
    assert.deepEqual(labels(body), [], body);
  }
});

test('combinations: real person with crime or sex, character with violence, hoods with a cross', () => {
  const musk = safety('Elon Musk robs a bank, CCTV angle.');
  assert.deepEqual(musk.map((d) => [d.category, d.tier]), [['real-person', 'block']]);
  const spidey = safety('Spider-Man stabs a cop in an alley.');
  assert.deepEqual(spidey.map((d) => [d.category, d.tier]), [['third-party-ip', 'block'], ['violence', 'block']]);
  assert.deepEqual(labels('Hooded figures in white robes with torches march at night.'), ['safety/visual hate']);
  assert.deepEqual(labels('Men in white hoods burn a cross in a field.'), ['safety/visual hate']);
});

test('self-harm: intent and euphemisms in dialogue; pills with a goodbye; a jump with a note', () => {
  assert.deepEqual(labels('dialogue: "Tonight I finally end it all, nobody will miss me."'), ['safety/audio self-harm', 'safety/audio self-harm']);
  assert.deepEqual(labels('A bottle of pills and a goodbye letter on a nightstand.'), ['safety/visual self-harm']);
  const jump = safety('She stands on the ledge of a bridge at night holding a goodbye note.');
  assert.deepEqual(jump.map((d) => [d.category, d.tier]), [['self-harm', 'block']]);
});

test('the audio channel: threats, slurs, profanity, songs and voices in dialogue, lyrics and sfx', () => {
  assert.deepEqual(labels('A man leans over a desk and says: "I\'m gonna kill you."'), ['safety/audio violence']);
  assert.deepEqual(labels('audio: the crowd sings Bohemian Rhapsody'), ['safety/audio third-party-ip']);
  assert.deepEqual(labels('audio: narration in the voice of Morgan Freeman'), ['safety/audio real-person']);
  assert.deepEqual(labels('dialogue: "Those immigrants are vermin."'), ['safety/audio hate']);
  assert.deepEqual(labels('A girl on a stage sings Let It Go, spotlight.'), ['safety/visual third-party-ip']);
  assert.deepEqual(labels('dialogue: "Just let it go, Sam."'), []);
});

test('benign senses stay clean: camera jargon, nude tones, blood orange, kickflips', () => {
  for (const body of [
    'Whip pan to a crash zoom, snorricam as he runs, FPV dive over the city, split diopter, bullet time.',
    'A nude-tone palette, a woman applies nude lipstick, close-up.',
    'A bowl of blood oranges, a killer whale poster, a shot of espresso, visible to the naked eye.',
    'Fire in the hearth crackles; a photobomb at the wedding; shot on 35mm.',
    'A skateboarder executes a kickflip down a stair set.',
    'A rocket shoots up into the night sky.',
  ]) assert.deepEqual(labels(body), [], body);
});

test('.vpromptrc.json: accept and flag take lemmas too', () => {
  const config: LintConfig = { rules: {}, safety: { flag: [{ term: 'zap~', category: 'violence' }], accept: ['stab~ the pillow'], rewordings: {} } };
  assert.deepEqual(safety('The robot zapped the guard.', config).map((d) => d.category), ['violence']);
  assert.deepEqual(safety('In anger she stabbed the pillow.', config).map((d) => d.category), []);
});

// ─── rewordings that fit ───

function doubled(s: string): boolean {
  const t = tokenize(s);
  return t.some((x, i) => i > 0 && x.norm === t[i - 1].norm);
}
function brokenArticle(s: string): boolean {
  const t = tokenize(s);
  return t.some((x, i) => i > 0 && ((t[i - 1].norm === 'a' && startsWithVowelSound(x.norm)) || (t[i - 1].norm === 'an' && !startsWithVowelSound(x.norm)) || (['a', 'an', 'the'].includes(t[i - 1].norm) && ['a', 'an', 'the'].includes(x.norm))));
}

test('every offered rewording, applied, re-lints clean of new findings, doubled words and broken articles', () => {
  const bodies = [
    'A robber pistol-whips a cashier at a gas station at night, handheld.',
    'The soldier shot the prisoner in the courtyard, wide shot.',
    'Thugs beat up a homeless man under a bridge.',
    'The gang kidnapped a young woman outside the club.',
    'A medic kneels by an injured soldier, smoke drifting.',
    'A stabbing on a subway platform, CCTV angle.',
    'Elon Musk walks through a factory, documentary footage.',
    'Taylor Swift naked in a shower, steam.',
    'A naked woman lies on a bed, soft light.',
    'A woman in lingerie poses on a balcony.',
    'A soldier runs through the rain and a gunshot rings out, wide shot.',
    'An injured hiker limps down the trail.',
    'audio: he growls "I\'m gonna kill you, you piece of shit"',
    'audio: the crowd sings Bohemian Rhapsody',
    'audio: narration in the voice of Morgan Freeman',
    'A girl on a stage sings Let It Go, spotlight.',
  ];
  let offered = 0;
  for (const body of bodies) {
    const before = safety(body);
    for (const d of before) {
      for (let i = 0; i < (d.fixes?.length ?? 0); i++) {
        offered++;
        const after = applied(body, d, i);
        assert.ok(!doubled(after) || doubled(body), `doubled word: ${after}`);
        assert.ok(!brokenArticle(after) || brokenArticle(body), `broken article: ${after}`);
        const was = before.filter((x) => x !== d).map((x) => `${x.rule} ${x.category}`).sort();
        const now = safety(after).map((x) => `${x.rule} ${x.category}`).sort();
        for (const n of now) assert.ok(was.includes(n), `"${after}" brings ${n} (was ${was.join(', ') || 'nothing else'})`);
      }
    }
  }
  assert.ok(offered >= 20, `${offered} rewordings checked`);
});

test('a verb replaces a verb in the same inflection and keeps its object', () => {
  const cases: Array<[string, string]> = [
    ['A robber pistol-whips a cashier at night.', 'A robber shoves a cashier back in choreographed slow motion at night.'],
    ['The soldier shot the prisoner in the yard.', 'The soldier aimed a prop blaster toward the prisoner, no impact shown in the yard.'],
    ['He is stabbing the old guard.', 'He is overpowering the old guard in a choreographed stage fight.'],
    ['They will strangle the king.', 'They will overpower the king in a choreographed stage fight.'],
  ];
  for (const [body, want] of cases) {
    const d = safety(body).find((x) => x.category === 'violence')!;
    assert.ok(d?.fixes?.length, body);
    assert.equal(applied(body, d, 0), want);
  }
});

test('no rewording that repeats the risky word or lands as the wrong part of speech', () => {
  // The old lexicon offered "shoves the wounded back …" for "wounded": a verb phrase for an adjective.
  const body = 'A medic kneels by the wounded soldier.';
  const d = safety(body).find((x) => /"wounded"/.test(x.message))!;
  for (const f of d.fixes ?? []) assert.doesNotMatch(f.edits[0].newText, /wounded|shoves/);
  assert.equal(applied(body, d, 0), 'A medic kneels by the bandaged soldier.');
  // A multi-word adjective phrase does not go before a noun.
  const naked = safety('A naked woman lies on a bed.').find((x) => x.category === 'sexual')!;
  assert.deepEqual(naked.fixes!.map((f) => f.edits[0].newText), ['towel-clad']);
});

test('articles are fixed where the replacement needs another: "an injured hiker" → "a limping hiker"', () => {
  const body = 'An injured hiker limps down the trail.';
  const d = safety(body)[0];
  const texts = d.fixes!.map((_, i) => applied(body, d, i));
  assert.ok(texts.includes('A bandaged hiker limps down the trail.'), texts.join(' | '));
  for (const t of texts) assert.ok(!brokenArticle(t), t);
});

test('a noun with its own article is not offered after a modifier ("a masked a tense …")', () => {
  const d = safety('A masked gunman walks in.').find((x) => /gunman/.test(x.message))!;
  assert.equal(d.fixes?.length ?? 0, 0);
  const s = safety('A gunman walks in.').find((x) => /gunman/.test(x.message))!;
  assert.ok(s.fixes!.every((f) => /^(a|an|the) /i.test(f.edits[0].newText)));
});

// Families added for wording outside the tuned corpus (issue 9, "safety by meaning"). The
// sentences are illustrations written for these tests, not shots from any corpus split.
const has = (body: string, label: string) => assert.ok(labels(body).includes(label), `${label} in ${JSON.stringify(labels(body))} for: ${body}`);

test('passive harm from the verb lists, and harm as a noun of a place', () => {
  for (const body of ['A commuter is stabbed on a crowded subway car.', 'A cashier gets pistol-whipped behind the counter.', 'The guard was beaten up in the yard.', 'A prisoner is being tortured in a cell.', 'A hiker got mowed down on the trail.']) has(body, 'safety/visual violence');
  has('A shooting at a high school, students running down a hallway.', 'safety/visual violence');
  has('A bombing at a crowded train station, smoke everywhere.', 'safety/visual violence');
  for (const body of ['The scene is shot on 35mm at golden hour.', 'The dismount is executed perfectly.', 'A mechanic is beaten by the clock as the race restarts.', 'A boxer is knocked out in the third round.', 'He gets kicked out of the bar, laughing.']) assert.deepEqual(labels(body), [], body);
});

test('body-part harm, predators on people, sounds of a killing', () => {
  has('she grabs the bat and caves his skull in on the driveway', 'safety/visual violence');
  has('The horde tears a screaming woman apart.', 'safety/visual violence');
  has('A quiet hallway.\nsfx: a shotgun blast, a body hitting the floorboards', 'safety/audio violence');
  assert.deepEqual(labels('A wolf pack tears apart an elk carcass, nature documentary.'), []);
  assert.deepEqual(labels('A lion devours a zebra on the savanna.'), []);
});

test('quoted speech after any speech verb is audio: chanting, bellowing, declaring', () => {
  has('Chanting "Jews will not replace us" while marching across a quad at night.', 'safety/audio hate');
  has('The enforcer bellows, "Are you fucking blind?" at the referee.', 'safety/audio vulgar');
  assert.deepEqual(labels('A placard reads "Welcome home" at the arrivals gate.'), []);
});

test('drill slang and threats in dialogue', () => {
  has('A stairwell.\naudio: "Spin the block, leave him leakin on the pavement"', 'safety/audio violence');
  has('A diner.\ndialogue: "Pay by Friday, or I start taking your fingers."', 'safety/audio violence');
  assert.deepEqual(labels('A kitchen.\ndialogue: "I will end you at chess tonight."'), []);
  assert.deepEqual(labels('A sitcom.\ndialogue: "That joke killed me!"'), []);
});

test('voices and songs: a named person\'s voice is audio real-person; an original recording is third-party IP', () => {
  has('Tom Hanks holds up a bottle and says, in his own unmistakable voice, "Trust me."', 'safety/audio real-person');
  has('An office at night; the intercom booms in Darth Vader\'s voice.', 'safety/audio third-party-ip');
  has('A busker on a platform.\naudio: Ed Sheeran\'s "Shape of You", sung live', 'safety/audio third-party-ip');
  has('A car at night.\naudio: the full original recording of a chart hit', 'safety/audio third-party-ip');
  assert.deepEqual(labels('A forest.\naudio: narration in a warm, deep voice'), []);
  assert.deepEqual(labels('A doom band rehearses.\naudio: growled lyrics about black mountains and old rivers'), []);
});

test('masked slurs and profanity are read through the stars', () => {
  has('A parade.\ndialogue: "God hates f*gs"', 'safety/audio hate');
  has('A stream.\ndialogue: "Uninstall, you f****t"', 'safety/audio hate');
  has('A kitchen.\ndialogue: "What the f**k is this?"', 'safety/audio vulgar');
  assert.deepEqual(labels('A footnote marker* on a slide, the word b*ld on screen.'), []);
});

test('minors take precedence: a child in a dangerous act or at risk of self-harm is child safety', () => {
  has('Two 12-year-old boys do the blackout challenge in a bedroom.', 'safety/visual minors');
  has('A 14-year-old boy stands on the ledge of his school rooftop, a goodbye note in his hand.', 'safety/visual minors');
  has('A furious father slaps his crying six-year-old son.', 'safety/visual minors');
  assert.deepEqual(labels('A grandmother teaches her nine-year-old grandson to whittle with a pocket knife.'), []);
  assert.deepEqual(labels('A singer croons.\nHe sings: "You knock me out, baby, you\'re the one"'), []);
});

test('self-harm euphemisms and plans; drug slang; arson; lethal challenges', () => {
  has('A dorm.\nvoiceover: "gonna unalive myself this weekend"', 'safety/audio self-harm');
  has('A bedroom.\nvoiceover: "no one would notice if i kms tonight"', 'safety/audio self-harm');
  has('A bathroom.\ndialogue: "I just want to sleep and not wake up."', 'safety/audio self-harm');
  has('A lot.\naudio: "Who\'s got the molly? Pass the lean"', 'safety/audio dangerous');
  has('masked guy splashes gasoline along the bleachers and flicks a lighter', 'safety/visual dangerous');
  has('A sophomore bites into a laundry detergent pod on a dare.', 'safety/visual dangerous');
  for (const body of ['Bottom of the ninth: the runner breaks on a suicide squeeze.', 'A puppy pounces on a bubble, caption: "overdose of cuteness"', 'A farmer pours gasoline into the mower tank.', 'A diver jumps off a cliff into a turquoise lagoon.', 'A comedian slays the crowd at a comedy club.']) assert.deepEqual(labels(body), [], body);
});

test('WordNet lists by meaning: harm verbs and people outside the hand lists, weapons, drugs, slurs', () => {
  // Troponyms of kill/injure/beat with hyponyms of person as the object.
  assert.deepEqual(labels('A man strangles his landlady in the hallway.'), ['safety/visual violence']);
  assert.deepEqual(labels('He garrottes the sentry from behind.'), ['safety/visual violence']);
  assert.deepEqual(labels('A thug wallops the shopkeeper.'), ['safety/visual violence']);
  assert.deepEqual(labels('A 9 year old holds a kalashnikov in the yard.'), ['safety/visual minors']);
  assert.deepEqual(labels('He snorts mescaline off the table.'), ['safety/visual dangerous']);
  assert.deepEqual(labels('Bloodshed in the streets, wide shot.'), ['safety/visual violence']);
  // Tools named after weapons (WordNet: not under weapon#1) shadow the weapon inside them.
  for (const body of ['A dad and his kids carve pumpkins, the dad slicing with a carving knife.', 'Two kids chase each other with a water pistol.', 'A girl fixes a kite with a staple gun.']) {
    assert.deepEqual(labels(body), [], body);
  }
});

test('lines labelled as heard are audio: music:, voice-over:, a screenplay speaker, "She sings:"', () => {
  assert.ok(labels('A red car speeds through a neon city at night.\nmusic: Blinding Lights by The Weeknd, the original track start to finish').includes('safety/audio third-party-ip'));
  assert.deepEqual(labels('A dim office, rain on the window.\nMAYA (on phone): I will kill you, Daniel.'), ['safety/audio violence']);
  assert.deepEqual(labels('A stage at night.\nShe sings: fuck this town'), ['safety/audio vulgar']);
  // Camera and scene labels in capitals are not speakers.
  assert.deepEqual(labels('CAMERA: slow dolly in on a quiet kitchen at dawn.'), []);
});

test('a real person or a character in the shot and someone speaking: the speech is a voice imitation', () => {
  const d = safety('Joe Biden at a desk in the Oval Office, medium shot.\nHe says, "Tonight I have ordered a strike. God help us all."');
  assert.deepEqual(d.map((x) => `${x.rule} ${x.category}`), ['safety/visual real-person', 'safety/audio real-person']);
  // A sound or a track with no one speaking is not a voice.
  assert.deepEqual(labels('Joe Biden waves from a podium, wide shot.\nsfx: crowd cheering, flags snapping in the wind'), ['safety/visual real-person']);
});

test('sounds take the context of what is seen: screams over a beating are violence in the audio', () => {
  assert.deepEqual([...new Set(labels('A man beats a chained dog with a lead pipe, the dog bleeding into the dirt. Handheld, dusk.\nsfx: the dog shrieking, the wet crack of bone on every swing'))], ['safety/visual violence', 'safety/audio violence']);
  // Alone, the same sounds are a horror soundtrack; and the picture does not take the audio's context.
  assert.deepEqual(labels('A fox trots across a frozen field at dawn, wide shot.\nsfx: a distant shriek, wind'), []);
  assert.deepEqual(labels('A tired woman alone at a kitchen table at night, close-up.\ndialogue: "I want to die."'), ['safety/audio self-harm']);
});

test('families by kind: an attack past resistance, a magazine emptied, a bomb planted, lines cut, a blade on a forearm', () => {
  assert.deepEqual(labels('Two goons keep swinging a bat at a man in the alley until he stops moving.'), ['safety/visual violence']);
  assert.deepEqual(labels('A masked man unloads a full clip into a parked car on a quiet street.'), ['safety/visual violence']);
  // A lemma inside a several-word alternative inflects: "tears through", not only "tear through".
  assert.deepEqual(labels('The blast tears through the commuters on the platform.'), ['safety/visual violence']);
  assert.deepEqual(labels('He plants a device under the stadium seats and walks away.'), ['safety/visual dangerous']);
  assert.deepEqual(labels('In the back of a car they cut lines on a mirror with a credit card.'), ['safety/visual dangerous']);
  assert.deepEqual(labels('She drags a razor across her forearm in a locked bathroom.'), ['safety/visual self-harm']);
  assert.deepEqual(labels('He tips a whole bottle of sleeping pills into his palm.'), ['safety/visual self-harm']);
  assert.deepEqual(labels('A close-up of self-inflicted cuts on a thigh.'), ['safety/visual self-harm']);
  assert.deepEqual(labels('A quiet kitchen at night.\ndialogue: "Don\'t try to find me."'), ['safety/audio self-harm']);
  // Names and ordinary words that are also street names stay clean without a dose or a use.
  for (const body of ['Molly and Charlie build a snowman in the snow.', 'An aunt ladles fruit punch from a crystal punch bowl.', 'A stylist braids kinky curls in a bright salon.']) {
    assert.deepEqual(labels(body), [], body);
  }
});

test('in a game, threats and killing words aimed at "them" or "you" are the score', () => {
  assert.deepEqual(labels('Two retirees play chess in a park, over-the-shoulder shot.\nShe says, "Checkmate. You\'re dead, Harold."'), []);
  assert.deepEqual(labels('A girls\' soccer team piles up in the mud after the final whistle.\ncoach shouts: "We slaughtered them, girls! Five-nil!"'), []);
  // Not with a weapon in the shot, and not a person named as the object.
  assert.deepEqual(labels('After the soccer match a fan pulls a knife.\nHe shouts: "You\'re dead!"'), ['safety/audio violence']);
});

test('adults: sexualised clothing, a suggestive pose and an intimate setting together are sexual', () => {
  assert.deepEqual(labels('A woman in a lace teddy crawls across a king bed toward the lens, biting her lip.'), ['safety/visual sexual']);
  for (const body of ['A woman in a red bikini surfs a big wave, drone shot.', 'A couple asleep in bed at dawn, soft window light.', 'A model poses in a tailored suit on a rooftop at golden hour.']) {
    assert.deepEqual(labels(body), [], body);
  }
});

test('on-screen text is seen: a quote after "caption", "a sign" or "comments … screen:" is visual', () => {
  assert.deepEqual(labels('A girl stares at her phone as comments flood across the screen: "kys", "nobody would miss you".'), ['safety/visual self-harm']);
  assert.deepEqual(labels('He turns to the camera and says: "kys"'), ['safety/audio self-harm']);
});

test('hate: a person of a protected group pictured as vermin, as a caricature, or mocked as "a man"', () => {
  assert.deepEqual(labels('Animate a Muslim man slowly transforming into a giant cockroach on a rainy street.'), ['safety/visual hate']);
  assert.deepEqual(labels('A crowd of Black people drawn as apes in a jungle, old cartoon style.'), ['safety/visual hate']);
  assert.deepEqual(labels('Cartoon of a Jewish man with an exaggerated hooked nose pulling puppet strings tied to a globe.'), ['safety/visual hate']);
  // The group alone, or an animal alone, is not hate.
  for (const body of ['A Jewish family lights the menorah, kids singing, warm candlelight.', 'A Muslim man feeds monkeys at the zoo, handheld.', 'A cartoon rat in a chef hat cooks soup.']) {
    assert.deepEqual(labels(body), [], body);
  }
});

test('more families: executions, scalding, Nazi salutes described, "they are a disease", calorie limits, bomb-making, injecting, stunts', () => {
  const kinds = (body: string) => [...new Set(labels(body))];
  assert.deepEqual(kinds('Cartel men line up five prisoners by a ditch and shoot them one by one in the back of the head.'), ['safety/visual violence']);
  assert.deepEqual(kinds('A wife pours boiling water over her sleeping husband\'s face.'), ['safety/visual violence']);
  assert.deepEqual(kinds('Men in brown shirts raise their right arms in a stiff salute before a banner with a black hooked cross.'), ['safety/visual hate']);
  assert.deepEqual(kinds('A rally stage at night.\nThe speaker shouts: "They are not human. They are a disease, and we are the cure."'), ['safety/audio hate']);
  assert.deepEqual(kinds('A girl pinches her stomach in the mirror, caption "500 cals max or you\'re a failure".'), ['safety/visual self-harm']);
  assert.deepEqual(kinds('A man shows how to turn a pressure cooker into a bomb on his workbench.'), ['safety/visual dangerous']);
  assert.deepEqual(kinds('He draws it into a syringe and injects his arm in a grimy squat.'), ['safety/visual dangerous']);
  assert.deepEqual(kinds('A drunk man speeds down the highway at 120 mph swerving between cars.'), ['safety/visual dangerous']);
});

test('benign senses found by probing: a church cross, zombie makeup, a blood draw, cardboard swords, a rooster, a movie explosion', () => {
  for (const body of ['A priest raises a cross during Easter mass, candles flickering.', 'A zombie fun run: joggers in gory makeup chase laughing runners.', 'A nurse draws blood from a patient\'s arm, a vial filling red.', 'A school play: kids in knight costumes swing cardboard swords.', 'A farmyard at dawn.\nsfx: the cock crows twice, hens clucking', 'Movie trailer: explosions, a helicopter, a desert highway.', 'Two friends laugh on a porch.\ndialogue: "Oh shut up, that is so damn good."']) {
    assert.deepEqual(labels(body), [], body);
  }
  assert.deepEqual(labels('Men light a cross on a hill at night.'), ['safety/visual hate']);
});

test('speakers by label: "Mom:", "Old man (slurring):", "Jake (whispering):" lines are heard', () => {
  assert.deepEqual(labels('A kitchen at night.\nMom: I will kill you, Daniel.'), ['safety/audio violence']);
  assert.deepEqual(labels('A bar.\nOld man (slurring): you fucking idiot'), ['safety/audio vulgar']);
  assert.deepEqual(labels('Subject: a woman reading in a garden'), []);
});

test('two weak kinds with a child are everyday childhood; a strong cue or three kinds are not', () => {
  for (const body of ['After her bath, a toddler in a hooded towel giggles on the bed while mom dries her hair.', 'A 15-year-old gymnast in a leotard poses on the balance beam.', 'Vlog style, filmed on an iPhone 15 Pro, a girl walks through Tokyo.', 'A kid builds a LEGO castle on the rug, overhead shot.']) {
    assert.deepEqual(labels(body), [], body);
  }
  assert.deepEqual(labels('A 12-year-old girl in a bikini poses on a bed.'), ['safety/visual minors']);
  assert.deepEqual(labels('A sneaker with the Adidas logo glows on a pedestal.'), ['safety/visual third-party-ip']);
});

test('by meaning, benign: harmless WordNet compounds, animals tended, pets and babies, suggestive words about things', () => {
  for (const body of ['A vet gently treats an injured owl at a wildlife rescue center.', 'A puppy poops on the new carpet and the family groans, sitcom style.', 'A sexy red sports car drifts around a corner.', 'A sensual slow-motion pour of honey over pancakes, macro.', 'Killer bees swarm a hive in a nature documentary.', 'A strangler fig wraps a rainforest tree, drone shot.', 'A corpse flower blooms in a greenhouse, time-lapse.']) {
    assert.deepEqual(labels(body), [], body);
  }
  assert.deepEqual(labels('A sexy nurse winks at the camera.'), ['safety/visual sexual']);
  assert.deepEqual(labels('She looks sexy in red.'), ['safety/visual sexual']);
  assert.deepEqual(labels('A man farts loudly in a crowded elevator.'), ['safety/visual vulgar']);
});

test('a child with a blade or a gun where that is everyday: vegetables, fencing, a costume, a clay range, a museum', () => {
  for (const body of ['A girl, 9, helps her mom chop carrots with a small knife on a cutting board.', 'A high school fencing team practices with sabres in the gym.', 'A kid dressed as a pirate waves a cutlass.', 'A teen learns to shoot clay pigeons with a shotgun alongside his father.', 'A young boy looks at an old rifle in a museum display case.']) {
    assert.deepEqual(labels(body), [], body);
  }
  assert.deepEqual(labels('A child holds a loaded gun in the kitchen.'), ['safety/visual minors']);
});

test('round three: a child with a vice, a goodbye at the edge, poison on a dare, tracks, worship attacked, a finger at a time', () => {
  const kinds = (body: string) => [...new Set(labels(body))];
  assert.deepEqual(kinds('Two 14-year-olds sneak vodka from their parents\' cabinet at a house party.'), ['safety/visual minors']);
  assert.deepEqual(kinds('A young man sits on the edge of a high-rise roof at night, legs dangling, a goodbye text on his phone.'), ['safety/visual self-harm']);
  assert.deepEqual(kinds('A man in a bathtub, a hair dryer plugged in on the ledge, he reaches for it.'), ['safety/visual self-harm']);
  assert.deepEqual(kinds('A man drinks a full bottle of hand sanitizer on a dare while friends film.'), ['safety/visual dangerous']);
  assert.deepEqual(kinds('A guy lies on the train tracks as a freight train approaches, friend filming.'), ['safety/visual dangerous']);
  assert.deepEqual(kinds('A mob burns a mosque at night, smoke rising.'), ['safety/visual hate']);
  assert.deepEqual(kinds('A warehouse, a man tied to a chair.\nInterrogator: "Every minute you stay quiet, I take a finger."'), ['safety/audio violence']);
  // Not a bath and a hair dryer in turn, nor adults drinking with children near.
  for (const body of ['A woman takes a bath, then dries her hair with a hair dryer at the mirror.', 'Children chase bubbles in the park while a dad grills burgers.']) assert.deepEqual(labels(body), [], body);
});

test('round four: bare plural victims, a modifier before the victim, a group as the victim is a hate crime, a camera lingering on a child', () => {
  const kinds = (body: string) => [...new Set(labels(body))];
  assert.deepEqual(kinds('Riot police beat protesters with batons in the square.'), ['safety/visual violence']);
  assert.deepEqual(kinds('An older teen bully punches a crying fourth grader on the playground.'), ['safety/visual minors']);
  assert.deepEqual(kinds('Skinheads beat a turbaned Sikh man outside a temple.'), ['safety/visual violence', 'safety/visual hate']);
  assert.deepEqual(kinds('A 16-year-old girl films a bikini try-on haul in her bedroom, zooming on her hips.'), ['safety/visual minors']);
  assert.deepEqual(kinds('A hooded man pushes a woman onto the subway tracks as the train pulls in.'), ['safety/visual violence']);
  assert.deepEqual(kinds('A man ties a belt to the closet rail and tests it with his weight.'), ['safety/visual self-harm']);
  // Photographers still shoot models and wedding couples.
  for (const body of ['She shoots models on a rooftop at dusk.', 'He shoots the wedding couple at golden hour.']) assert.deepEqual(labels(body), [], body);
});

test('round five: choking and slamming, strikes on civilians, an overdose or a hanging seen, a note said, lyrics opening with a title, grooming', () => {
  const kinds = (body: string) => [...new Set(labels(body))];
  assert.deepEqual(kinds('A husband grabs his wife by the throat and slams her head against the fridge.'), ['safety/visual violence']);
  assert.deepEqual(kinds('A drone strike hits a wedding party, bodies thrown into the air.'), ['safety/visual violence']);
  assert.deepEqual(kinds('A woman on the bathroom floor surrounded by empty pill bottles, foam at her mouth.'), ['safety/visual self-harm']);
  assert.deepEqual(kinds('A man stands on a chair in his garage, a rope tied to the rafter looped around his neck.'), ['safety/visual self-harm']);
  assert.deepEqual(kinds('A quiet bedroom.\nvoice-over: "Tonight I\'m finally going to do it. I\'ve written my note."'), ['safety/audio self-harm']);
  assert.deepEqual(kinds('A teenager sings into a hairbrush in her bedroom.\nShe sings: "Let it go, let it go, can\'t hold it back anymore"'), ['safety/audio third-party-ip']);
  assert.deepEqual(kinds('A grown man messages a 13-year-old girl and asks her to keep their chats a secret from her parents.'), ['safety/visual minors']);
  // A title phrase said, not sung, is no song.
  assert.deepEqual(labels('A dad at the door.\nHe says: "Let it go, son, it was only a game."'), []);
});
