import type { UpdateQuery } from 'mongoose';
import type { Feedback, Participant, ParticipantRole, SessionQuestion } from '@mockloop/shared';
import type { SessionPatch } from '../port';
import { feedbackToDoc } from './mongoMapping';
import type { SessionDoc } from './mongoModels';

/**
 * Every session update the adapter sends, built here so a test can cast each one against the
 * schema without a server (strict paths, enums, min/max) and catch a typo before production does.
 */

const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

export function sessionPatchUpdate(patch: SessionPatch, now: number): UpdateQuery<SessionDoc> {
  const set: Record<string, unknown> = { updatedAt: new Date(now) };
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.deadline !== undefined) set.deadline = dateOrNull(patch.deadline);
  if (patch.endedAt !== undefined) set.endedAt = dateOrNull(patch.endedAt);
  if (patch.summary !== undefined) set.summary = patch.summary;
  return { $set: set };
}

export function pushParticipantUpdate(p: Participant, now: number): UpdateQuery<SessionDoc> {
  return {
    $push: { participants: { ...p, joinedAt: new Date(p.joinedAt) } },
    $set: { updatedAt: new Date(now) },
  };
}

/** Used with the filter `{ 'participants.userId': userId }`, which `$` refers to. */
export function setRoleUpdate(role: ParticipantRole, now: number): UpdateQuery<SessionDoc> {
  return { $set: { 'participants.$.role': role, updatedAt: new Date(now) } };
}

export function pushQuestionUpdate(q: SessionQuestion, now: number): UpdateQuery<SessionDoc> {
  const doc = { ...q, askedAt: new Date(q.askedAt), deadline: dateOrNull(q.deadline) };
  return { $push: { questions: doc }, $set: { updatedAt: new Date(now) } };
}

export function pushFeedbackUpdate(f: Feedback, now: number): UpdateQuery<SessionDoc> {
  return { $push: { feedback: feedbackToDoc(f) }, $set: { updatedAt: new Date(now) } };
}

/** Used with the filter `{ 'participants.userId': userId }`. */
export const MARK_FORMER_UPDATE: UpdateQuery<SessionDoc> = {
  $set: { 'participants.$.former': true },
};

/**
 * Moves one session from a guest to an account. When the account already takes part, the
 * guest's participation is dropped instead of duplicated.
 */
export function adoptUpdate(
  from: string,
  to: string,
  accountAlreadyThere: boolean,
  now: number,
): { update: UpdateQuery<SessionDoc>; arrayFilters: Record<string, string>[] } {
  const updatedAt = new Date(now);
  return accountAlreadyThere
    ? {
        update: {
          $pull: { participants: { userId: from } },
          $set: { 'feedback.$[f].authorId': to, updatedAt },
        },
        arrayFilters: [{ 'f.authorId': from }],
      }
    : {
        update: {
          $set: { 'participants.$[p].userId': to, 'feedback.$[f].authorId': to, updatedAt },
        },
        arrayFilters: [{ 'p.userId': from }, { 'f.authorId': from }],
      };
}
