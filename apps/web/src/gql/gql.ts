/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on Employee {\n    id\n    name\n    email\n    handle\n    role\n    title\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      employee {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query DemoLogins {\n    demoLogins {\n      email\n      password\n      name\n      title\n    }\n  }\n": typeof types.DemoLoginsDocument,
    "\n  mutation RefreshToken {\n    refreshToken\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DocumentFilesFields on Document {\n    id\n    status\n    versions {\n      version\n      sha256\n      size\n      contentType\n      fileName\n      note\n      summary\n      createdAt\n      downloadPath\n      uploadedBy {\n        id\n        name\n      }\n    }\n    review {\n      round\n      approvals {\n        state\n        comment\n        decidedAt\n        approver {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DocumentFilesFieldsFragmentDoc,
    "\n  query DocumentFiles($id: ID!) {\n    document(id: $id) {\n      ...DocumentFilesFields\n    }\n  }\n": typeof types.DocumentFilesDocument,
    "\n  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {\n    versionDiff(documentId: $documentId, from: $from, to: $to) {\n      summary\n      blocks {\n        op\n        text\n      }\n    }\n  }\n": typeof types.VersionDiffDocument,
    "\n  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {\n    submitForReview(documentId: $documentId, approverIds: $approverIds) {\n      ...DocumentFilesFields\n    }\n  }\n": typeof types.SubmitForReviewDocument,
    "\n  mutation ApproveDocument($documentId: ID!, $comment: String) {\n    approveDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n": typeof types.ApproveDocumentDocument,
    "\n  mutation RejectDocument($documentId: ID!, $comment: String!) {\n    rejectDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n": typeof types.RejectDocumentDocument,
    "\n  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation EditPost($activityId: ID!, $body: String!) {\n    editPost(activityId: $activityId, body: $body) {\n      id\n      body\n      editedAt\n      updatedAt\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation RemoveActivity($activityId: ID!) {\n    removeActivity(activityId: $activityId) {\n      id\n      body\n      changes {\n        field\n        from\n        to\n      }\n      deletedAt\n      updatedAt\n    }\n  }\n": typeof types.RemoveActivityDocument,
    "\n  mutation RemoveComment($commentId: ID!) {\n    removeComment(commentId: $commentId) {\n      id\n      activityId\n      body\n      deletedAt\n    }\n  }\n": typeof types.RemoveCommentDocument,
    "\n  mutation Bookmark($activityId: ID!) {\n    bookmark(activityId: $activityId)\n  }\n": typeof types.BookmarkDocument,
    "\n  mutation Unbookmark($activityId: ID!) {\n    unbookmark(activityId: $activityId)\n  }\n": typeof types.UnbookmarkDocument,
    "\n  mutation MuteThread($activityId: ID!) {\n    muteThread(activityId: $activityId)\n  }\n": typeof types.MuteThreadDocument,
    "\n  mutation UnmuteThread($activityId: ID!) {\n    unmuteThread(activityId: $activityId)\n  }\n": typeof types.UnmuteThreadDocument,
    "\n  query ActivityComments($id: ID!) {\n    activity(id: $id) {\n      id\n      commentCount\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.ActivityCommentsDocument,
    "\n  fragment ReactionFields on ReactionSummary {\n    reaction\n    emoji\n    count\n    reactedByMe\n  }\n": typeof types.ReactionFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    activityId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      handle\n    }\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    kind\n    createdAt\n    subjectId\n    body\n    commentCount\n    actor {\n      id\n      name\n      handle\n    }\n    subject {\n      id\n      kind\n      name\n    }\n    changes {\n      field\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n    editedAt\n    deletedAt\n    updatedAt\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n    isBookmarkedByMe\n    isMutedByMe\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Feed($filter: FeedFilter!, $subjectId: ID, $first: Int!, $after: String) {\n    feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query FeedCatchUp($filter: FeedFilter!, $subjectId: ID, $last: Int!, $before: String!) {\n    feed(filter: $filter, subjectId: $subjectId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.FeedCatchUpDocument,
    "\n  mutation AddComment($activityId: ID!, $body: String!) {\n    comment(activityId: $activityId, body: $body) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  fragment CachedActivityVersion on Activity {\n    id\n    updatedAt\n  }\n": typeof types.CachedActivityVersionFragmentDoc,
    "\n  fragment CachedCommentIds on Activity {\n    id\n    comments {\n      id\n    }\n  }\n": typeof types.CachedCommentIdsFragmentDoc,
    "\n  query IntegrationsAdmin {\n    integrationStatus {\n      pendingEvents\n      failedEvents\n      connectors {\n        name\n        endpoint\n        secretVariable\n        configured\n        secretSource\n        lastEventAt\n        lastErrors {\n          at\n          status\n          message\n        }\n      }\n    }\n    webhookSubscriptions {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n": typeof types.IntegrationsAdminDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {\n      id\n      activityId\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      lastAttemptAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n": typeof types.CreateWebhookSubscriptionDocument,
    "\n  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {\n    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {\n      id\n      kind\n      handle\n      name\n      canOpenSubject\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query TopicCandidates($prefix: String!, $first: Int) {\n    topicCandidates(prefix: $prefix, first: $first) {\n      id\n      name\n    }\n  }\n": typeof types.TopicCandidatesDocument,
    "\n  query Notifications($first: Int!, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      read\n      createdAt\n      activityId\n      commentId\n      subjectId\n      actor {\n        id\n        name\n        handle\n      }\n      subject {\n        id\n        kind\n        name\n      }\n      activity {\n        id\n        body\n        actor {\n          id\n        }\n        comments {\n          id\n          body\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      handle\n      title\n      role\n      followersCount\n      isFollowedByMe\n      teams {\n        id\n        name\n        handle\n      }\n      influence {\n        band\n        posts\n        commentsReceived\n        reactionsReceived\n        percentile\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query FollowSettings($subjectId: ID!) {\n    followSettings(subjectId: $subjectId) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n": typeof types.FollowSettingsDocument,
    "\n  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {\n    updateFollow(subjectId: $subjectId, filter: $filter) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n": typeof types.UpdateFollowDocument,
    "\n  query Following {\n    following {\n      id\n      kind\n      name\n      accountName\n    }\n  }\n": typeof types.FollowingDocument,
    "\n  mutation Follow($subjectId: ID!) {\n    follow(subjectId: $subjectId)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($subjectId: ID!) {\n    unfollow(subjectId: $subjectId)\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation Post($input: PostInput!) {\n    post(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.PostDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    name\n    handle\n    title\n  }\n": typeof types.EmployeeSummaryFragmentDoc,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      industry\n      tier\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      deals {\n        id\n        name\n        stage\n        amount\n        closeDate\n      }\n      cases {\n        id\n        subject\n        status\n        priority\n      }\n      documents {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      id\n      name\n      stage\n      amount\n      closeDate\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DealDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      subject\n      status\n      priority\n      visibility\n      createdAt\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      status\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n      deal {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DocumentDocument,
    "\n  query Accounts($search: String, $first: Int!) {\n    accounts(search: $search, first: $first) {\n      id\n      name\n      industry\n      tier\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query Employees {\n    employees {\n      ...EmployeeSummary\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      tier\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!) {\n    updateDeal(id: $id, input: $input) {\n      id\n      stage\n      amount\n      closeDate\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": typeof types.UpdateDealDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      status\n      priority\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      id\n      status\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  query Search($query: String!, $first: Int!, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          subjectId\n          subject {\n            id\n            kind\n            name\n            accountName\n          }\n          activityId\n          commentId\n          actor {\n            id\n            name\n          }\n          createdAt\n          snippet\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SocialMentionFields on SocialMention {\n    id\n    network\n    url\n    text\n    postedAt\n    author {\n      handle\n      name\n      followers\n      verified\n      influence\n      influenceBand\n    }\n    sentiment\n    intent\n    priority\n    why\n    accountId\n    matchConfidence\n    caseId\n    responseDueAt\n  }\n": typeof types.SocialMentionFieldsFragmentDoc,
    "\n  query SocialInbox($queue: SocialQueue!, $first: Int!, $after: String, $priority: CasePriority, $orderBy: SocialInboxOrder) {\n    socialInbox(queue: $queue, first: $first, after: $after, priority: $priority, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...SocialMentionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SocialInboxDocument,
    "\n  mutation ClaimMention($mentionId: ID!) {\n    claimMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n": typeof types.ClaimMentionDocument,
    "\n  mutation DismissMention($mentionId: ID!) {\n    dismissMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n": typeof types.DismissMentionDocument,
    "\n  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {\n    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {\n      ...SocialMentionFields\n    }\n  }\n": typeof types.CorrectMentionDocument,
    "\n  mutation ConvertMentionToCase($mentionId: ID!) {\n    convertMentionToCase(mentionId: $mentionId) {\n      id\n    }\n  }\n": typeof types.ConvertMentionToCaseDocument,
    "\n  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {\n    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.LinkMentionToCaseDocument,
    "\n  query CaseSocial($id: ID!) {\n    case(id: $id) {\n      id\n      responseDueAt\n      slaStatus\n      mentions {\n        ...SocialMentionFields\n      }\n    }\n  }\n": typeof types.CaseSocialDocument,
    "\n  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {\n    logSocialReply(caseId: $caseId, body: $body, url: $url) {\n      id\n      responseDueAt\n      slaStatus\n    }\n  }\n": typeof types.LogSocialReplyDocument,
    "\n  fragment SocialAuthorInsightFields on SocialAuthorInsight {\n    network\n    handle\n    name\n    followers\n    verified\n    influence\n    mentions\n    positiveMentions\n    averageSentiment\n    advocacy\n  }\n": typeof types.SocialAuthorInsightFieldsFragmentDoc,
    "\n  query Insights($accountId: ID, $days: Int!) {\n    insights(accountId: $accountId, days: $days) {\n      accountId\n      days\n      since\n      until\n      mentions\n      complaints\n      complaintShare\n      averageSentiment\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      firstResponse {\n        responses\n        p50Minutes\n        p90Minutes\n      }\n      slaCompliance {\n        met\n        missed\n        share\n      }\n      slaByTeam {\n        teamId\n        name\n        met\n        missed\n        share\n      }\n      slaByAgent {\n        employeeId\n        name\n        met\n        missed\n        share\n      }\n      firstContactResolution {\n        closedCases\n        oneReply\n        share\n      }\n      advocates {\n        ...SocialAuthorInsightFields\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      classifierAccuracy {\n        heldOut\n        correct\n        accuracy\n      }\n    }\n  }\n": typeof types.InsightsDocument,
    "\n  query AccountSocialSnapshot($accountId: ID!) {\n    insights(accountId: $accountId, days: 30) {\n      mentions\n      averageSentiment\n      complaintShare\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      recentMentions {\n        ...SocialMentionFields\n      }\n      openSocialCases {\n        id\n        subject\n        status\n        priority\n        responseDueAt\n        slaStatus\n      }\n    }\n  }\n": typeof types.AccountSocialSnapshotDocument,
    "\n  query Topic($name: String!) {\n    topic(name: $name) {\n      id\n      name\n      followersCount\n      isFollowedByMe\n    }\n  }\n": typeof types.TopicDocument,
    "\n  query TrendingTopics($first: Int!) {\n    trendingTopics(first: $first) {\n      uses\n      topic {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TrendingTopicsDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on Employee {\n    id\n    name\n    email\n    handle\n    role\n    title\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      employee {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query DemoLogins {\n    demoLogins {\n      email\n      password\n      name\n      title\n    }\n  }\n": types.DemoLoginsDocument,
    "\n  mutation RefreshToken {\n    refreshToken\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DocumentFilesFields on Document {\n    id\n    status\n    versions {\n      version\n      sha256\n      size\n      contentType\n      fileName\n      note\n      summary\n      createdAt\n      downloadPath\n      uploadedBy {\n        id\n        name\n      }\n    }\n    review {\n      round\n      approvals {\n        state\n        comment\n        decidedAt\n        approver {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DocumentFilesFieldsFragmentDoc,
    "\n  query DocumentFiles($id: ID!) {\n    document(id: $id) {\n      ...DocumentFilesFields\n    }\n  }\n": types.DocumentFilesDocument,
    "\n  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {\n    versionDiff(documentId: $documentId, from: $from, to: $to) {\n      summary\n      blocks {\n        op\n        text\n      }\n    }\n  }\n": types.VersionDiffDocument,
    "\n  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {\n    submitForReview(documentId: $documentId, approverIds: $approverIds) {\n      ...DocumentFilesFields\n    }\n  }\n": types.SubmitForReviewDocument,
    "\n  mutation ApproveDocument($documentId: ID!, $comment: String) {\n    approveDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n": types.ApproveDocumentDocument,
    "\n  mutation RejectDocument($documentId: ID!, $comment: String!) {\n    rejectDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n": types.RejectDocumentDocument,
    "\n  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation EditPost($activityId: ID!, $body: String!) {\n    editPost(activityId: $activityId, body: $body) {\n      id\n      body\n      editedAt\n      updatedAt\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation RemoveActivity($activityId: ID!) {\n    removeActivity(activityId: $activityId) {\n      id\n      body\n      changes {\n        field\n        from\n        to\n      }\n      deletedAt\n      updatedAt\n    }\n  }\n": types.RemoveActivityDocument,
    "\n  mutation RemoveComment($commentId: ID!) {\n    removeComment(commentId: $commentId) {\n      id\n      activityId\n      body\n      deletedAt\n    }\n  }\n": types.RemoveCommentDocument,
    "\n  mutation Bookmark($activityId: ID!) {\n    bookmark(activityId: $activityId)\n  }\n": types.BookmarkDocument,
    "\n  mutation Unbookmark($activityId: ID!) {\n    unbookmark(activityId: $activityId)\n  }\n": types.UnbookmarkDocument,
    "\n  mutation MuteThread($activityId: ID!) {\n    muteThread(activityId: $activityId)\n  }\n": types.MuteThreadDocument,
    "\n  mutation UnmuteThread($activityId: ID!) {\n    unmuteThread(activityId: $activityId)\n  }\n": types.UnmuteThreadDocument,
    "\n  query ActivityComments($id: ID!) {\n    activity(id: $id) {\n      id\n      commentCount\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": types.ActivityCommentsDocument,
    "\n  fragment ReactionFields on ReactionSummary {\n    reaction\n    emoji\n    count\n    reactedByMe\n  }\n": types.ReactionFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    activityId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      handle\n    }\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    kind\n    createdAt\n    subjectId\n    body\n    commentCount\n    actor {\n      id\n      name\n      handle\n    }\n    subject {\n      id\n      kind\n      name\n    }\n    changes {\n      field\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n    editedAt\n    deletedAt\n    updatedAt\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n    isBookmarkedByMe\n    isMutedByMe\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Feed($filter: FeedFilter!, $subjectId: ID, $first: Int!, $after: String) {\n    feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query FeedCatchUp($filter: FeedFilter!, $subjectId: ID, $last: Int!, $before: String!) {\n    feed(filter: $filter, subjectId: $subjectId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.FeedCatchUpDocument,
    "\n  mutation AddComment($activityId: ID!, $body: String!) {\n    comment(activityId: $activityId, body: $body) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  fragment CachedActivityVersion on Activity {\n    id\n    updatedAt\n  }\n": types.CachedActivityVersionFragmentDoc,
    "\n  fragment CachedCommentIds on Activity {\n    id\n    comments {\n      id\n    }\n  }\n": types.CachedCommentIdsFragmentDoc,
    "\n  query IntegrationsAdmin {\n    integrationStatus {\n      pendingEvents\n      failedEvents\n      connectors {\n        name\n        endpoint\n        secretVariable\n        configured\n        secretSource\n        lastEventAt\n        lastErrors {\n          at\n          status\n          message\n        }\n      }\n    }\n    webhookSubscriptions {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n": types.IntegrationsAdminDocument,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {\n      id\n      activityId\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      lastAttemptAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n": types.CreateWebhookSubscriptionDocument,
    "\n  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {\n    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {\n      id\n      kind\n      handle\n      name\n      canOpenSubject\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query TopicCandidates($prefix: String!, $first: Int) {\n    topicCandidates(prefix: $prefix, first: $first) {\n      id\n      name\n    }\n  }\n": types.TopicCandidatesDocument,
    "\n  query Notifications($first: Int!, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      read\n      createdAt\n      activityId\n      commentId\n      subjectId\n      actor {\n        id\n        name\n        handle\n      }\n      subject {\n        id\n        kind\n        name\n      }\n      activity {\n        id\n        body\n        actor {\n          id\n        }\n        comments {\n          id\n          body\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      handle\n      title\n      role\n      followersCount\n      isFollowedByMe\n      teams {\n        id\n        name\n        handle\n      }\n      influence {\n        band\n        posts\n        commentsReceived\n        reactionsReceived\n        percentile\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query FollowSettings($subjectId: ID!) {\n    followSettings(subjectId: $subjectId) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n": types.FollowSettingsDocument,
    "\n  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {\n    updateFollow(subjectId: $subjectId, filter: $filter) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n": types.UpdateFollowDocument,
    "\n  query Following {\n    following {\n      id\n      kind\n      name\n      accountName\n    }\n  }\n": types.FollowingDocument,
    "\n  mutation Follow($subjectId: ID!) {\n    follow(subjectId: $subjectId)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($subjectId: ID!) {\n    unfollow(subjectId: $subjectId)\n  }\n": types.UnfollowDocument,
    "\n  mutation Post($input: PostInput!) {\n    post(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.PostDocument,
    "\n  fragment EmployeeSummary on Employee {\n    id\n    name\n    handle\n    title\n  }\n": types.EmployeeSummaryFragmentDoc,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      industry\n      tier\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      deals {\n        id\n        name\n        stage\n        amount\n        closeDate\n      }\n      cases {\n        id\n        subject\n        status\n        priority\n      }\n      documents {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      id\n      name\n      stage\n      amount\n      closeDate\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.DealDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      subject\n      status\n      priority\n      visibility\n      createdAt\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      status\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n      deal {\n        id\n        name\n      }\n    }\n  }\n": types.DocumentDocument,
    "\n  query Accounts($search: String, $first: Int!) {\n    accounts(search: $search, first: $first) {\n      id\n      name\n      industry\n      tier\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query Employees {\n    employees {\n      ...EmployeeSummary\n    }\n  }\n": types.EmployeesDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      tier\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!) {\n    updateDeal(id: $id, input: $input) {\n      id\n      stage\n      amount\n      closeDate\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": types.UpdateDealDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      status\n      priority\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      id\n      status\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  query Search($query: String!, $first: Int!, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          subjectId\n          subject {\n            id\n            kind\n            name\n            accountName\n          }\n          activityId\n          commentId\n          actor {\n            id\n            name\n          }\n          createdAt\n          snippet\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SocialMentionFields on SocialMention {\n    id\n    network\n    url\n    text\n    postedAt\n    author {\n      handle\n      name\n      followers\n      verified\n      influence\n      influenceBand\n    }\n    sentiment\n    intent\n    priority\n    why\n    accountId\n    matchConfidence\n    caseId\n    responseDueAt\n  }\n": types.SocialMentionFieldsFragmentDoc,
    "\n  query SocialInbox($queue: SocialQueue!, $first: Int!, $after: String, $priority: CasePriority, $orderBy: SocialInboxOrder) {\n    socialInbox(queue: $queue, first: $first, after: $after, priority: $priority, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...SocialMentionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SocialInboxDocument,
    "\n  mutation ClaimMention($mentionId: ID!) {\n    claimMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n": types.ClaimMentionDocument,
    "\n  mutation DismissMention($mentionId: ID!) {\n    dismissMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n": types.DismissMentionDocument,
    "\n  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {\n    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {\n      ...SocialMentionFields\n    }\n  }\n": types.CorrectMentionDocument,
    "\n  mutation ConvertMentionToCase($mentionId: ID!) {\n    convertMentionToCase(mentionId: $mentionId) {\n      id\n    }\n  }\n": types.ConvertMentionToCaseDocument,
    "\n  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {\n    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {\n      id\n    }\n  }\n": types.LinkMentionToCaseDocument,
    "\n  query CaseSocial($id: ID!) {\n    case(id: $id) {\n      id\n      responseDueAt\n      slaStatus\n      mentions {\n        ...SocialMentionFields\n      }\n    }\n  }\n": types.CaseSocialDocument,
    "\n  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {\n    logSocialReply(caseId: $caseId, body: $body, url: $url) {\n      id\n      responseDueAt\n      slaStatus\n    }\n  }\n": types.LogSocialReplyDocument,
    "\n  fragment SocialAuthorInsightFields on SocialAuthorInsight {\n    network\n    handle\n    name\n    followers\n    verified\n    influence\n    mentions\n    positiveMentions\n    averageSentiment\n    advocacy\n  }\n": types.SocialAuthorInsightFieldsFragmentDoc,
    "\n  query Insights($accountId: ID, $days: Int!) {\n    insights(accountId: $accountId, days: $days) {\n      accountId\n      days\n      since\n      until\n      mentions\n      complaints\n      complaintShare\n      averageSentiment\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      firstResponse {\n        responses\n        p50Minutes\n        p90Minutes\n      }\n      slaCompliance {\n        met\n        missed\n        share\n      }\n      slaByTeam {\n        teamId\n        name\n        met\n        missed\n        share\n      }\n      slaByAgent {\n        employeeId\n        name\n        met\n        missed\n        share\n      }\n      firstContactResolution {\n        closedCases\n        oneReply\n        share\n      }\n      advocates {\n        ...SocialAuthorInsightFields\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      classifierAccuracy {\n        heldOut\n        correct\n        accuracy\n      }\n    }\n  }\n": types.InsightsDocument,
    "\n  query AccountSocialSnapshot($accountId: ID!) {\n    insights(accountId: $accountId, days: 30) {\n      mentions\n      averageSentiment\n      complaintShare\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      recentMentions {\n        ...SocialMentionFields\n      }\n      openSocialCases {\n        id\n        subject\n        status\n        priority\n        responseDueAt\n        slaStatus\n      }\n    }\n  }\n": types.AccountSocialSnapshotDocument,
    "\n  query Topic($name: String!) {\n    topic(name: $name) {\n      id\n      name\n      followersCount\n      isFollowedByMe\n    }\n  }\n": types.TopicDocument,
    "\n  query TrendingTopics($first: Int!) {\n    trendingTopics(first: $first) {\n      uses\n      topic {\n        id\n        name\n      }\n    }\n  }\n": types.TrendingTopicsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Employee {\n    id\n    name\n    email\n    handle\n    role\n    title\n  }\n"): (typeof documents)["\n  fragment MeFields on Employee {\n    id\n    name\n    email\n    handle\n    role\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      employee {\n        ...MeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      employee {\n        ...MeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoLogins {\n    demoLogins {\n      email\n      password\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  query DemoLogins {\n    demoLogins {\n      email\n      password\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFilesFields on Document {\n    id\n    status\n    versions {\n      version\n      sha256\n      size\n      contentType\n      fileName\n      note\n      summary\n      createdAt\n      downloadPath\n      uploadedBy {\n        id\n        name\n      }\n    }\n    review {\n      round\n      approvals {\n        state\n        comment\n        decidedAt\n        approver {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFilesFields on Document {\n    id\n    status\n    versions {\n      version\n      sha256\n      size\n      contentType\n      fileName\n      note\n      summary\n      createdAt\n      downloadPath\n      uploadedBy {\n        id\n        name\n      }\n    }\n    review {\n      round\n      approvals {\n        state\n        comment\n        decidedAt\n        approver {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentFiles($id: ID!) {\n    document(id: $id) {\n      ...DocumentFilesFields\n    }\n  }\n"): (typeof documents)["\n  query DocumentFiles($id: ID!) {\n    document(id: $id) {\n      ...DocumentFilesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {\n    versionDiff(documentId: $documentId, from: $from, to: $to) {\n      summary\n      blocks {\n        op\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {\n    versionDiff(documentId: $documentId, from: $from, to: $to) {\n      summary\n      blocks {\n        op\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {\n    submitForReview(documentId: $documentId, approverIds: $approverIds) {\n      ...DocumentFilesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {\n    submitForReview(documentId: $documentId, approverIds: $approverIds) {\n      ...DocumentFilesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDocument($documentId: ID!, $comment: String) {\n    approveDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDocument($documentId: ID!, $comment: String) {\n    approveDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDocument($documentId: ID!, $comment: String!) {\n    rejectDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectDocument($documentId: ID!, $comment: String!) {\n    rejectDocument(documentId: $documentId, comment: $comment) {\n      ...DocumentFilesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n"): (typeof documents)["\n  mutation React($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    react(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($activityId: ID!, $commentId: ID, $reaction: Reaction!) {\n    unreact(activityId: $activityId, commentId: $commentId, reaction: $reaction) {\n      ...ReactionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($activityId: ID!, $body: String!) {\n    editPost(activityId: $activityId, body: $body) {\n      id\n      body\n      editedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($activityId: ID!, $body: String!) {\n    editPost(activityId: $activityId, body: $body) {\n      id\n      body\n      editedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivity($activityId: ID!) {\n    removeActivity(activityId: $activityId) {\n      id\n      body\n      changes {\n        field\n        from\n        to\n      }\n      deletedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveActivity($activityId: ID!) {\n    removeActivity(activityId: $activityId) {\n      id\n      body\n      changes {\n        field\n        from\n        to\n      }\n      deletedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveComment($commentId: ID!) {\n    removeComment(commentId: $commentId) {\n      id\n      activityId\n      body\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveComment($commentId: ID!) {\n    removeComment(commentId: $commentId) {\n      id\n      activityId\n      body\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Bookmark($activityId: ID!) {\n    bookmark(activityId: $activityId)\n  }\n"): (typeof documents)["\n  mutation Bookmark($activityId: ID!) {\n    bookmark(activityId: $activityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unbookmark($activityId: ID!) {\n    unbookmark(activityId: $activityId)\n  }\n"): (typeof documents)["\n  mutation Unbookmark($activityId: ID!) {\n    unbookmark(activityId: $activityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteThread($activityId: ID!) {\n    muteThread(activityId: $activityId)\n  }\n"): (typeof documents)["\n  mutation MuteThread($activityId: ID!) {\n    muteThread(activityId: $activityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteThread($activityId: ID!) {\n    unmuteThread(activityId: $activityId)\n  }\n"): (typeof documents)["\n  mutation UnmuteThread($activityId: ID!) {\n    unmuteThread(activityId: $activityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityComments($id: ID!) {\n    activity(id: $id) {\n      id\n      commentCount\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityComments($id: ID!) {\n    activity(id: $id) {\n      id\n      commentCount\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionFields on ReactionSummary {\n    reaction\n    emoji\n    count\n    reactedByMe\n  }\n"): (typeof documents)["\n  fragment ReactionFields on ReactionSummary {\n    reaction\n    emoji\n    count\n    reactedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    activityId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      handle\n    }\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    activityId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      name\n      handle\n    }\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    kind\n    createdAt\n    subjectId\n    body\n    commentCount\n    actor {\n      id\n      name\n      handle\n    }\n    subject {\n      id\n      kind\n      name\n    }\n    changes {\n      field\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n    editedAt\n    deletedAt\n    updatedAt\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n    isBookmarkedByMe\n    isMutedByMe\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    kind\n    createdAt\n    subjectId\n    body\n    commentCount\n    actor {\n      id\n      name\n      handle\n    }\n    subject {\n      id\n      kind\n      name\n    }\n    changes {\n      field\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n    editedAt\n    deletedAt\n    updatedAt\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n    }\n    isBookmarkedByMe\n    isMutedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($filter: FeedFilter!, $subjectId: ID, $first: Int!, $after: String) {\n    feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($filter: FeedFilter!, $subjectId: ID, $first: Int!, $after: String) {\n    feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedCatchUp($filter: FeedFilter!, $subjectId: ID, $last: Int!, $before: String!) {\n    feed(filter: $filter, subjectId: $subjectId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedCatchUp($filter: FeedFilter!, $subjectId: ID, $last: Int!, $before: String!) {\n    feed(filter: $filter, subjectId: $subjectId, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($activityId: ID!, $body: String!) {\n    comment(activityId: $activityId, body: $body) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($activityId: ID!, $body: String!) {\n    comment(activityId: $activityId, body: $body) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CachedActivityVersion on Activity {\n    id\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CachedActivityVersion on Activity {\n    id\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CachedCommentIds on Activity {\n    id\n    comments {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CachedCommentIds on Activity {\n    id\n    comments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrationsAdmin {\n    integrationStatus {\n      pendingEvents\n      failedEvents\n      connectors {\n        name\n        endpoint\n        secretVariable\n        configured\n        secretSource\n        lastEventAt\n        lastErrors {\n          at\n          status\n          message\n        }\n      }\n    }\n    webhookSubscriptions {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n"): (typeof documents)["\n  query IntegrationsAdmin {\n    integrationStatus {\n      pendingEvents\n      failedEvents\n      connectors {\n        name\n        endpoint\n        secretVariable\n        configured\n        secretSource\n        lastEventAt\n        lastErrors {\n          at\n          status\n          message\n        }\n      }\n    }\n    webhookSubscriptions {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {\n      id\n      activityId\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      lastAttemptAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {\n      id\n      activityId\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n      lastAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      id\n      url\n      kinds\n      active\n      createdAt\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {\n    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {\n      id\n      kind\n      handle\n      name\n      canOpenSubject\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($prefix: String!, $subjectId: ID, $first: Int) {\n    mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) {\n      id\n      kind\n      handle\n      name\n      canOpenSubject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicCandidates($prefix: String!, $first: Int) {\n    topicCandidates(prefix: $prefix, first: $first) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TopicCandidates($prefix: String!, $first: Int) {\n    topicCandidates(prefix: $prefix, first: $first) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      read\n      createdAt\n      activityId\n      commentId\n      subjectId\n      actor {\n        id\n        name\n        handle\n      }\n      subject {\n        id\n        kind\n        name\n      }\n      activity {\n        id\n        body\n        actor {\n          id\n        }\n        comments {\n          id\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      read\n      createdAt\n      activityId\n      commentId\n      subjectId\n      actor {\n        id\n        name\n        handle\n      }\n      subject {\n        id\n        kind\n        name\n      }\n      activity {\n        id\n        body\n        actor {\n          id\n        }\n        comments {\n          id\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      handle\n      title\n      role\n      followersCount\n      isFollowedByMe\n      teams {\n        id\n        name\n        handle\n      }\n      influence {\n        band\n        posts\n        commentsReceived\n        reactionsReceived\n        percentile\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      handle\n      title\n      role\n      followersCount\n      isFollowedByMe\n      teams {\n        id\n        name\n        handle\n      }\n      influence {\n        band\n        posts\n        commentsReceived\n        reactionsReceived\n        percentile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowSettings($subjectId: ID!) {\n    followSettings(subjectId: $subjectId) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n"): (typeof documents)["\n  query FollowSettings($subjectId: ID!) {\n    followSettings(subjectId: $subjectId) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {\n    updateFollow(subjectId: $subjectId, filter: $filter) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollow($subjectId: ID!, $filter: FollowFilterInput!) {\n    updateFollow(subjectId: $subjectId, filter: $filter) {\n      kinds\n      fields\n      includeRelated\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Following {\n    following {\n      id\n      kind\n      name\n      accountName\n    }\n  }\n"): (typeof documents)["\n  query Following {\n    following {\n      id\n      kind\n      name\n      accountName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($subjectId: ID!) {\n    follow(subjectId: $subjectId)\n  }\n"): (typeof documents)["\n  mutation Follow($subjectId: ID!) {\n    follow(subjectId: $subjectId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($subjectId: ID!) {\n    unfollow(subjectId: $subjectId)\n  }\n"): (typeof documents)["\n  mutation Unfollow($subjectId: ID!) {\n    unfollow(subjectId: $subjectId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Post($input: PostInput!) {\n    post(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation Post($input: PostInput!) {\n    post(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeSummary on Employee {\n    id\n    name\n    handle\n    title\n  }\n"): (typeof documents)["\n  fragment EmployeeSummary on Employee {\n    id\n    name\n    handle\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      industry\n      tier\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      deals {\n        id\n        name\n        stage\n        amount\n        closeDate\n      }\n      cases {\n        id\n        subject\n        status\n        priority\n      }\n      documents {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      industry\n      tier\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      deals {\n        id\n        name\n        stage\n        amount\n        closeDate\n      }\n      cases {\n        id\n        subject\n        status\n        priority\n      }\n      documents {\n        id\n        title\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      id\n      name\n      stage\n      amount\n      closeDate\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      id\n      name\n      stage\n      amount\n      closeDate\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      subject\n      status\n      priority\n      visibility\n      createdAt\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      subject\n      status\n      priority\n      visibility\n      createdAt\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      status\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n      deal {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      kind\n      status\n      visibility\n      followersCount\n      isFollowedByMe\n      owner {\n        ...EmployeeSummary\n      }\n      account {\n        id\n        name\n      }\n      deal {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($search: String, $first: Int!) {\n    accounts(search: $search, first: $first) {\n      id\n      name\n      industry\n      tier\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($search: String, $first: Int!) {\n    accounts(search: $search, first: $first) {\n      id\n      name\n      industry\n      tier\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees {\n    employees {\n      ...EmployeeSummary\n    }\n  }\n"): (typeof documents)["\n  query Employees {\n    employees {\n      ...EmployeeSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      tier\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      tier\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!) {\n    updateDeal(id: $id, input: $input) {\n      id\n      stage\n      amount\n      closeDate\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!) {\n    updateDeal(id: $id, input: $input) {\n      id\n      stage\n      amount\n      closeDate\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      status\n      priority\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      status\n      priority\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      id\n      status\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      id\n      status\n      owner {\n        ...EmployeeSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          subjectId\n          subject {\n            id\n            kind\n            name\n            accountName\n          }\n          activityId\n          commentId\n          actor {\n            id\n            name\n          }\n          createdAt\n          snippet\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int!, $after: String) {\n    search(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          kind\n          subjectId\n          subject {\n            id\n            kind\n            name\n            accountName\n          }\n          activityId\n          commentId\n          actor {\n            id\n            name\n          }\n          createdAt\n          snippet\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialMentionFields on SocialMention {\n    id\n    network\n    url\n    text\n    postedAt\n    author {\n      handle\n      name\n      followers\n      verified\n      influence\n      influenceBand\n    }\n    sentiment\n    intent\n    priority\n    why\n    accountId\n    matchConfidence\n    caseId\n    responseDueAt\n  }\n"): (typeof documents)["\n  fragment SocialMentionFields on SocialMention {\n    id\n    network\n    url\n    text\n    postedAt\n    author {\n      handle\n      name\n      followers\n      verified\n      influence\n      influenceBand\n    }\n    sentiment\n    intent\n    priority\n    why\n    accountId\n    matchConfidence\n    caseId\n    responseDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialInbox($queue: SocialQueue!, $first: Int!, $after: String, $priority: CasePriority, $orderBy: SocialInboxOrder) {\n    socialInbox(queue: $queue, first: $first, after: $after, priority: $priority, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...SocialMentionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocialInbox($queue: SocialQueue!, $first: Int!, $after: String, $priority: CasePriority, $orderBy: SocialInboxOrder) {\n    socialInbox(queue: $queue, first: $first, after: $after, priority: $priority, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...SocialMentionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimMention($mentionId: ID!) {\n    claimMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimMention($mentionId: ID!) {\n    claimMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissMention($mentionId: ID!) {\n    dismissMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissMention($mentionId: ID!) {\n    dismissMention(mentionId: $mentionId) {\n      ...SocialMentionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {\n    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {\n      ...SocialMentionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMention($mentionId: ID!, $intent: MentionIntent, $accountId: ID) {\n    correctMention(mentionId: $mentionId, intent: $intent, accountId: $accountId) {\n      ...SocialMentionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertMentionToCase($mentionId: ID!) {\n    convertMentionToCase(mentionId: $mentionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertMentionToCase($mentionId: ID!) {\n    convertMentionToCase(mentionId: $mentionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {\n    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkMentionToCase($mentionId: ID!, $caseId: ID!) {\n    linkMentionToCase(mentionId: $mentionId, caseId: $caseId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSocial($id: ID!) {\n    case(id: $id) {\n      id\n      responseDueAt\n      slaStatus\n      mentions {\n        ...SocialMentionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSocial($id: ID!) {\n    case(id: $id) {\n      id\n      responseDueAt\n      slaStatus\n      mentions {\n        ...SocialMentionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {\n    logSocialReply(caseId: $caseId, body: $body, url: $url) {\n      id\n      responseDueAt\n      slaStatus\n    }\n  }\n"): (typeof documents)["\n  mutation LogSocialReply($caseId: ID!, $body: String!, $url: String) {\n    logSocialReply(caseId: $caseId, body: $body, url: $url) {\n      id\n      responseDueAt\n      slaStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialAuthorInsightFields on SocialAuthorInsight {\n    network\n    handle\n    name\n    followers\n    verified\n    influence\n    mentions\n    positiveMentions\n    averageSentiment\n    advocacy\n  }\n"): (typeof documents)["\n  fragment SocialAuthorInsightFields on SocialAuthorInsight {\n    network\n    handle\n    name\n    followers\n    verified\n    influence\n    mentions\n    positiveMentions\n    averageSentiment\n    advocacy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($accountId: ID, $days: Int!) {\n    insights(accountId: $accountId, days: $days) {\n      accountId\n      days\n      since\n      until\n      mentions\n      complaints\n      complaintShare\n      averageSentiment\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      firstResponse {\n        responses\n        p50Minutes\n        p90Minutes\n      }\n      slaCompliance {\n        met\n        missed\n        share\n      }\n      slaByTeam {\n        teamId\n        name\n        met\n        missed\n        share\n      }\n      slaByAgent {\n        employeeId\n        name\n        met\n        missed\n        share\n      }\n      firstContactResolution {\n        closedCases\n        oneReply\n        share\n      }\n      advocates {\n        ...SocialAuthorInsightFields\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      classifierAccuracy {\n        heldOut\n        correct\n        accuracy\n      }\n    }\n  }\n"): (typeof documents)["\n  query Insights($accountId: ID, $days: Int!) {\n    insights(accountId: $accountId, days: $days) {\n      accountId\n      days\n      since\n      until\n      mentions\n      complaints\n      complaintShare\n      averageSentiment\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      firstResponse {\n        responses\n        p50Minutes\n        p90Minutes\n      }\n      slaCompliance {\n        met\n        missed\n        share\n      }\n      slaByTeam {\n        teamId\n        name\n        met\n        missed\n        share\n      }\n      slaByAgent {\n        employeeId\n        name\n        met\n        missed\n        share\n      }\n      firstContactResolution {\n        closedCases\n        oneReply\n        share\n      }\n      advocates {\n        ...SocialAuthorInsightFields\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      classifierAccuracy {\n        heldOut\n        correct\n        accuracy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSocialSnapshot($accountId: ID!) {\n    insights(accountId: $accountId, days: 30) {\n      mentions\n      averageSentiment\n      complaintShare\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      recentMentions {\n        ...SocialMentionFields\n      }\n      openSocialCases {\n        id\n        subject\n        status\n        priority\n        responseDueAt\n        slaStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountSocialSnapshot($accountId: ID!) {\n    insights(accountId: $accountId, days: 30) {\n      mentions\n      averageSentiment\n      complaintShare\n      daily {\n        day\n        mentions\n        complaints\n        averageSentiment\n      }\n      topInfluencers {\n        ...SocialAuthorInsightFields\n      }\n      recentMentions {\n        ...SocialMentionFields\n      }\n      openSocialCases {\n        id\n        subject\n        status\n        priority\n        responseDueAt\n        slaStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($name: String!) {\n    topic(name: $name) {\n      id\n      name\n      followersCount\n      isFollowedByMe\n    }\n  }\n"): (typeof documents)["\n  query Topic($name: String!) {\n    topic(name: $name) {\n      id\n      name\n      followersCount\n      isFollowedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrendingTopics($first: Int!) {\n    trendingTopics(first: $first) {\n      uses\n      topic {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrendingTopics($first: Int!) {\n    trendingTopics(first: $first) {\n      uses\n      topic {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;