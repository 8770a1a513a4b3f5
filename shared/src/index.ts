export * from './errors';
export * from './verdicts';
export * from './competencies';
export * from './events';
export * from './schemas/question';
export * from './schemas/run';
export * from './schemas/user';
export * from './schemas/session';
