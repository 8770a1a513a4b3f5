import type { QueryFilter, UpdateQuery } from 'mongoose';
import type { SessionMethods } from '../adapter';
import { mongoWrite } from './mongoErrors';
import { sessionFromDoc, sessionToDoc } from './mongoMapping';
import {
  pushFeedbackUpdate,
  pushParticipantUpdate,
  pushQuestionUpdate,
  sessionPatchUpdate,
  setRoleUpdate,
} from './mongoUpdates';
import type { MongoModels, SessionDoc } from './mongoModels';

export function mongoSessions({ Session }: MongoModels): SessionMethods {
  const get = async (id: string) => {
    const doc = await Session.findById(id).lean<SessionDoc>();
    return doc ? sessionFromDoc(doc) : null;
  };
  /** One atomic update; `null` filter match means "no such session" (or the guard failed). */
  const change = async (filter: QueryFilter<SessionDoc>, update: UpdateQuery<SessionDoc>) => {
    const doc = await mongoWrite(
      () =>
        Session.findOneAndUpdate(filter, update, {
          returnDocument: 'after',
          runValidators: true,
        }).lean<SessionDoc>(),
      'Conflicting session change.',
    );
    return doc ? sessionFromDoc(doc) : null;
  };

  return {
    async insertSession(session) {
      await mongoWrite(
        () => Session.create(sessionToDoc(session)),
        'A session with that id exists already.',
      );
    },
    getSession: get,
    updateSession: (id, patch, now) => change({ _id: id }, sessionPatchUpdate(patch, now)),
    async addParticipant(sessionId, participant, now) {
      const filter = { _id: sessionId, 'participants.userId': { $ne: participant.userId } };
      // Null here means the session is missing or the user already takes part.
      return (await change(filter, pushParticipantUpdate(participant, now))) ?? get(sessionId);
    },
    setParticipantRole: (sessionId, userId, role, now) =>
      change({ _id: sessionId, 'participants.userId': userId }, setRoleUpdate(role, now)),
    addQuestion: (sessionId, question, now) =>
      change({ _id: sessionId }, pushQuestionUpdate(question, now)),
    addFeedback: (sessionId, feedback, now) =>
      change({ _id: sessionId }, pushFeedbackUpdate(feedback, now)),
    async listTimedSessions() {
      const docs = await Session.find({ status: 'active', deadline: { $ne: null } })
        .sort({ deadline: 1, _id: 1 })
        .select({ deadline: 1 })
        .lean<Pick<SessionDoc, '_id' | 'deadline'>[]>();
      return docs.flatMap((doc) =>
        doc.deadline ? [{ id: doc._id, deadline: doc.deadline.getTime() }] : [],
      );
    },
    async listUserSessions(userId, query) {
      const filter: QueryFilter<SessionDoc> = {
        participants: { $elemMatch: { userId, former: false } },
      };
      if (query.kind) filter.kind = query.kind;
      if (query.status) filter.status = query.status;
      const created: Record<string, Date> = {};
      if (query.from !== undefined) created.$gte = new Date(query.from);
      if (query.to !== undefined) created.$lt = new Date(query.to);
      if (Object.keys(created).length > 0) filter.createdAt = created;
      if (query.questionId) filter['questions.questionId'] = query.questionId;
      if (query.competency) filter['questions.competencies'] = query.competency;
      if (query.before) {
        const at = new Date(query.before.createdAt);
        filter.$or = [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: query.before.id } }];
      }
      const docs = await Session.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .limit(query.limit)
        .lean<SessionDoc[]>();
      return docs.map(sessionFromDoc);
    },
  };
}
