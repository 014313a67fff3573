/**
 * Every root field of the API and how access to it is decided. The guard enforces this map and
 * refuses any root field that is missing from it; a unit test checks it against the committed
 * schema, so a new query or mutation cannot ship without a policy.
 *
 * - PUBLIC: no sign-in.
 * - EMPLOYEE: any signed-in employee; the data is not record-scoped (people, teams, oneself).
 * - ADMIN: signed-in admins only (FORBIDDEN otherwise).
 * - RECORD: any signed-in employee; the service decides per subject through AccessService
 *   (NOT_FOUND for what they cannot open, and only visible rows in lists, feeds and counts).
 */
export type AccessPolicy = 'PUBLIC' | 'EMPLOYEE' | 'ADMIN' | 'RECORD';

export const ROOT_FIELD_POLICIES: Record<'Query' | 'Mutation', Record<string, AccessPolicy>> = {
  Query: {
    demoLogins: 'PUBLIC',
    me: 'EMPLOYEE',
    employees: 'EMPLOYEE',
    employee: 'EMPLOYEE',
    teams: 'EMPLOYEE',
    mentionCandidates: 'RECORD',
    following: 'RECORD',
    feed: 'RECORD',
    account: 'RECORD',
    accounts: 'RECORD',
    deal: 'RECORD',
    deals: 'RECORD',
    case: 'RECORD',
    cases: 'RECORD',
    document: 'RECORD',
    documents: 'RECORD',
    notifications: 'RECORD',
    unreadNotificationCount: 'RECORD',
    activity: 'RECORD',
    followSettings: 'RECORD',
    topic: 'RECORD',
    trendingTopics: 'RECORD',
    insights: 'RECORD',
    topicCandidates: 'RECORD',
    search: 'RECORD',
    versionDiff: 'RECORD',
    externalRecord: 'RECORD',
    webhookSubscriptions: 'ADMIN',
    socialInbox: 'RECORD',
    socialClassifierAccuracy: 'EMPLOYEE',
    routingRules: 'ADMIN',
    webhookDeliveries: 'ADMIN',
    integrationStatus: 'ADMIN',
    slaPolicies: 'EMPLOYEE',
    businessCalendars: 'EMPLOYEE',
  },
  Mutation: {
    login: 'PUBLIC',
    claimMention: 'RECORD',
    dismissMention: 'RECORD',
    correctMention: 'RECORD',
    convertMentionToCase: 'RECORD',
    linkMentionToCase: 'RECORD',
    createRoutingRule: 'ADMIN',
    updateRoutingRule: 'ADMIN',
    deleteRoutingRule: 'ADMIN',
    reorderRoutingRules: 'ADMIN',
    refreshToken: 'EMPLOYEE',
    logout: 'EMPLOYEE',
    changePassword: 'EMPLOYEE',
    createEmployee: 'ADMIN',
    createTeam: 'ADMIN',
    addTeamMember: 'ADMIN',
    removeTeamMember: 'ADMIN',
    setTeamLead: 'ADMIN',
    updateSlaPolicy: 'ADMIN',
    setBusinessCalendar: 'ADMIN',
    removeBusinessCalendar: 'ADMIN',
    logSocialReply: 'RECORD',
    setEmployeeActive: 'ADMIN',
    createWebhookSubscription: 'ADMIN',
    createAccount: 'RECORD',
    updateAccount: 'RECORD',
    createDeal: 'RECORD',
    updateDeal: 'RECORD',
    createCase: 'RECORD',
    updateCase: 'RECORD',
    createDocument: 'RECORD',
    updateDocument: 'RECORD',
    follow: 'RECORD',
    unfollow: 'RECORD',
    post: 'RECORD',
    comment: 'RECORD',
    shareRecord: 'RECORD',
    unshareRecord: 'RECORD',
    markNotificationsRead: 'EMPLOYEE',
    updateFollow: 'RECORD',
    editPost: 'RECORD',
    editComment: 'RECORD',
    removeActivity: 'RECORD',
    removeComment: 'RECORD',
    react: 'RECORD',
    unreact: 'RECORD',
    bookmark: 'RECORD',
    unbookmark: 'RECORD',
    muteThread: 'RECORD',
    unmuteThread: 'RECORD',
    submitForReview: 'RECORD',
    approveDocument: 'RECORD',
    rejectDocument: 'RECORD',
  },
};

/** The policy of a root field, or undefined: the guard then refuses the call. */
export function policyOf(parentType: string, field: string): AccessPolicy | undefined {
  return (ROOT_FIELD_POLICIES as Record<string, Record<string, AccessPolicy>>)[parentType]?.[field];
}
