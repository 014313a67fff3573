// What other modules may use of follows besides its module, service and types: the resolver factory
// that adds followersCount and isFollowedByMe to a subject type the other module declares.
export { subjectFieldsResolver } from './subject-fields.resolver';
