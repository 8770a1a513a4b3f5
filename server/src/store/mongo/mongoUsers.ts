import { findParticipant } from '@mockloop/shared';
import type { UserMethods } from '../adapter';
import { storeConflict } from '../errors';
import { mongoWrite } from './mongoErrors';
import { adoptUpdate, MARK_FORMER_UPDATE } from './mongoUpdates';
import { authSessionFromDoc, authSessionToDoc, userFromDoc, userToDoc } from './mongoMapping';
import type { AuthSessionDoc, MongoModels, SessionDoc, UserDoc } from './mongoModels';

const TAKEN = 'That username is taken.';

export function mongoUsers({ User, AuthSession, Session, Event }: MongoModels): UserMethods {
  const findUser = async (id: string) => {
    const doc = await User.findById(id).lean<UserDoc>();
    return doc ? userFromDoc(doc) : null;
  };

  return {
    async insertUser(user) {
      if (await User.exists({ _id: user.id })) {
        throw storeConflict('A user with that id exists already.');
      }
      await mongoWrite(() => User.create(userToDoc(user)), TAKEN);
    },
    getUser: findUser,
    async findUserByUsernameKey(key) {
      const doc = await User.findOne({ usernameKey: key }).lean<UserDoc>();
      return doc ? userFromDoc(doc) : null;
    },
    async updateUser(id, patch) {
      const current = await findUser(id);
      if (!current) return null;
      const {
        _id: _unusedId,
        createdAt: _unusedCreatedAt,
        ...fields
      } = userToDoc({ ...current, ...patch });
      const doc = await mongoWrite(
        () =>
          User.findOneAndUpdate(
            { _id: id },
            { $set: fields },
            {
              returnDocument: 'after',
              runValidators: true,
            },
          ).lean<UserDoc>(),
        TAKEN,
      );
      return doc ? userFromDoc(doc) : null;
    },
    async deleteUser(id) {
      if (!(await User.exists({ _id: id }))) return false;
      const sessions = await Session.find({ 'participants.userId': id }, { participants: 1 }).lean<
        Pick<SessionDoc, '_id' | 'participants'>[]
      >();
      for (const session of sessions) {
        const others = session.participants.filter((p) => p.userId !== id && !p.former);
        if (others.length === 0) {
          await Event.deleteMany({ sessionId: session._id });
          await Session.deleteOne({ _id: session._id });
          continue;
        }
        await Session.updateOne(
          { _id: session._id, 'participants.userId': id },
          MARK_FORMER_UPDATE,
        );
        await Event.updateMany(
          { sessionId: session._id, actorId: id, visibility: 'author' },
          { $set: { payloadJson: 'null', payloadBin: null } },
        );
      }
      await AuthSession.deleteMany({ userId: id });
      // Last, so an interrupted deletion can simply be run again.
      await User.deleteOne({ _id: id });
      return true;
    },
    async adoptSessions(from, to, now) {
      const sessions = await Session.find(
        { 'participants.userId': from },
        { participants: 1 },
      ).lean<Pick<SessionDoc, '_id' | 'participants'>[]>();
      for (const session of sessions) {
        const both = findParticipant(session, to, { includeFormer: true }) !== undefined;
        const { update, arrayFilters } = adoptUpdate(from, to, both, now);
        await Session.updateOne({ _id: session._id }, update, { arrayFilters });
      }
      await Session.updateMany({ createdBy: from }, { $set: { createdBy: to } });
      await Event.updateMany({ actorId: from }, { $set: { actorId: to } });
      return sessions.length;
    },

    async insertAuthSession(session) {
      await mongoWrite(
        () => AuthSession.create(authSessionToDoc(session)),
        'That auth session exists already.',
      );
    },
    async findAuthSession(tokenHash) {
      const doc = await AuthSession.findById(tokenHash).lean<AuthSessionDoc>();
      return doc ? authSessionFromDoc(doc) : null;
    },
    async touchAuthSession(tokenHash, times) {
      const result = await AuthSession.updateOne(
        { _id: tokenHash },
        { $set: { lastSeenAt: new Date(times.lastSeenAt), expiresAt: new Date(times.expiresAt) } },
      );
      return result.matchedCount > 0;
    },
    async deleteAuthSession(tokenHash) {
      await AuthSession.deleteOne({ _id: tokenHash });
    },
    async deleteUserAuthSessions(userId) {
      return (await AuthSession.deleteMany({ userId })).deletedCount;
    },
    async deleteExpiredAuthSessions(now) {
      return (await AuthSession.deleteMany({ expiresAt: { $lte: new Date(now) } })).deletedCount;
    },
  };
}
