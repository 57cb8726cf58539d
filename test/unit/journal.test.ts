import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryLines } from '../support/memoryStore.js';
import { Journal, replay, type IntentEntry } from '../../src/core/render/journal.js';


const intent = (key: string): IntentEntry => ({
  type: 'intent', key, at: 1, file: 'a.vprompt', shot: 'Arrival', model: 'm/fast/t2v', tier: 'fast', kind: 'draft', body: { prompt: 'x' }, promptHash: 'h',
});

test('an intent with no answer is reported unknown after a restart; a submitted job resumes', () => {
  const store = new MemoryLines();
  const j = new Journal(store);
  j.write(intent('a'));
  j.write(intent('b'));
  j.write({ type: 'submitted', key: 'b', at: 2, predictionId: 'pred_b' });
  const again = new Journal(store);
  const { resume, unknown } = again.unfinished();
  assert.deepEqual(unknown.map((x) => x.intent.key), ['a']);
  assert.deepEqual(resume.map((x) => x.predictionId), ['pred_b']);
});

test('a line cut short by a crash is skipped with a message; the rest survives', () => {
  const store = new MemoryLines();
  const j = new Journal(store);
  j.write(intent('a'));
  j.write({ type: 'submitted', key: 'a', at: 2, predictionId: 'pred_a' });
  store.text += '{"type":"finished","key":"a","at":3,"stat';
  const r = replay(store.text);
  assert.equal(r.jobs.get('a')?.state, 'submitted');
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0], /cut short by a crash/);
});

test('finished and downloaded jobs are not resumed; cancelling a submitted job keeps its id', () => {
  const store = new MemoryLines();
  const j = new Journal(store);
  j.write(intent('a'));
  j.write({ type: 'submitted', key: 'a', at: 2, predictionId: 'pred_a' });
  j.write({ type: 'finished', key: 'a', at: 3, status: 'completed', outputs: ['u'] });
  j.write({ type: 'downloaded', key: 'a', at: 4, files: ['f.mp4'], warnings: [] });
  j.write(intent('c'));
  j.write({ type: 'submitted', key: 'c', at: 5, predictionId: 'pred_c' });
  j.write({ type: 'cancelled', key: 'c', at: 6 });
  const again = new Journal(store);
  assert.equal(again.jobs.get('a')?.state, 'downloaded');
  assert.deepEqual(again.jobs.get('a')?.files, ['f.mp4']);
  assert.equal(again.jobs.get('c')?.predictionId, 'pred_c');
  assert.equal(again.jobs.get('c')?.status, 'cancelled');
  assert.deepEqual(again.unfinished().resume.map((j) => j.predictionId), ['pred_c'], 'a cancelled wait is picked up again: the job kept rendering');
});

test('entries for unknown jobs are refused when written and skipped when read', () => {
  const j = new Journal(new MemoryLines());
  assert.throws(() => j.write({ type: 'submitted', key: 'zz', at: 1, predictionId: 'p' }), /unknown job/);
  assert.match(replay('{"type":"submitted","key":"zz","at":1,"predictionId":"p"}\n').problems[0], /unknown job zz/);
});
