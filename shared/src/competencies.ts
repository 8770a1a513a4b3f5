/**
 * What senior backend roles are judged on. Every question names one or more of these ids;
 * progress charts group by them.
 */
export const COMPETENCIES = {
  'problem-solving': {
    label: 'Problem solving',
    description: 'Algorithms, data structures, complexity, and turning a vague problem into code.',
  },
  'api-design': {
    label: 'API design',
    description:
      'REST resource modelling, versioning, pagination, idempotency and error contracts.',
  },
  'data-storage': {
    label: 'Data storage',
    description: 'SQL and NoSQL modelling, indexing, transactions, caching with Redis.',
  },
  security: {
    label: 'Security',
    description: 'Authentication, authorization, input handling, secrets and threat modelling.',
  },
  'system-architecture': {
    label: 'System architecture',
    description: 'Scalability, distributed systems, queues, consistency and cloud building blocks.',
  },
  operations: {
    label: 'Operations and reliability',
    description: 'Observability, incidents, deployments, capacity and failure handling.',
  },
  leadership: {
    label: 'Leadership',
    description: 'Setting direction, ownership, decisions under uncertainty, raising the bar.',
  },
  mentorship: {
    label: 'Mentorship',
    description: 'Growing others: feedback, coaching, code review, onboarding.',
  },
  communication: {
    label: 'Communication and collaboration',
    description: 'Working across teams, resolving conflict, writing and explaining clearly.',
  },
  delivery: {
    label: 'Delivery',
    description: 'Planning, agile practice, time management, delegation and shipping.',
  },
  'continuous-learning': {
    label: 'Continuous learning',
    description: 'Keeping up with change, learning from failure, adopting new tools wisely.',
  },
} as const satisfies Record<string, { label: string; description: string }>;

export type CompetencyId = keyof typeof COMPETENCIES;
export const COMPETENCY_IDS = Object.keys(COMPETENCIES) as [CompetencyId, ...CompetencyId[]];
