import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { bindModels } from './mongoModels';
import {
  adoptUpdate,
  MARK_FORMER_UPDATE,
  pushFeedbackUpdate,
  pushParticipantUpdate,
  pushQuestionUpdate,
  sessionPatchUpdate,
  setRoleUpdate,
} from './mongoUpdates';

// No server: Mongoose casts and validates an update before it would send it, so an update that
// gets as far as "buffering timed out" passed every schema check. (Each test file has its own
// worker, so this global setting stays here.)
mongoose.set('bufferTimeoutMS', 1);
const { Session } = bindModels(mongoose.createConnection());

async function outcome(query: { exec(): Promise<unknown> }): Promise<string> {
  return query.exec().then(
    () => 'sent',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

const reachesTheServer = /buffering timed out/;
const opts = { runValidators: true };

describe('Mongo session updates cast against the schema', () => {
  it('every update the adapter sends is well-formed', async () => {
    const now = 1_700_000_000_000;
    const updates = [
      sessionPatchUpdate({ status: 'completed', endedAt: now, deadline: null, title: 't' }, now),
      sessionPatchUpdate(
        {
          summary: {
            durationMs: 5,
            questions: [{ questionId: 'q', verdict: null, passed: 0, total: 1 }],
          },
        },
        now,
      ),
      pushParticipantUpdate({ userId: 'u', role: 'candidate', joinedAt: now, former: false }, now),
      setRoleUpdate('interviewer', now),
      pushQuestionUpdate(
        {
          questionId: 'q',
          contentHash: 'abcdef01',
          competencies: ['security'],
          askedAt: now,
          deadline: now,
        },
        now,
      ),
      pushFeedbackUpdate(
        { authorId: 'u', createdAt: now, ratings: { security: 4 }, notes: 'n' },
        now,
      ),
      MARK_FORMER_UPDATE,
    ];
    for (const update of updates) {
      const filter = { _id: 's', 'participants.userId': 'u' };
      expect(await outcome(Session.findOneAndUpdate(filter, update, opts))).toMatch(
        reachesTheServer,
      );
    }
    for (const both of [true, false]) {
      const { update, arrayFilters } = adoptUpdate('guest', 'account', both, now);
      const query = Session.updateOne({ _id: 's' }, update, { arrayFilters });
      expect(await outcome(query)).toMatch(reachesTheServer);
    }
  });

  it('and the same check catches a broken one', async () => {
    const badStatus = sessionPatchUpdate({ status: 'paused' as never }, 1);
    expect(await outcome(Session.findOneAndUpdate({ _id: 's' }, badStatus, opts))).toMatch(
      /status/,
    );
    const badRating = pushFeedbackUpdate(
      { authorId: 'u', createdAt: 1, ratings: { security: 9 }, notes: '' },
      1,
    );
    expect(await outcome(Session.findOneAndUpdate({ _id: 's' }, badRating, opts))).toMatch(
      /ratings/,
    );
    const typo = { $set: { 'participants.$.rol': 'candidate' } };
    expect(await outcome(Session.updateOne({ _id: 's' }, typo))).toMatch(/not in schema/);
  });
});
