// What other modules may use of records besides its module, services, entities and types: the record
// kinds' specs, which RecordsService's lookups take (`findVisible(viewer, DOCUMENT_SPEC, id)`).
export { ACCOUNT_SPEC, CASE_SPEC, DEAL_SPEC, DOCUMENT_SPEC, type RecordSpec } from './record-specs';
// A customer's social handles as stored ("network:handle") and read back.
export { handleKey, handlesFromKeys } from './social-profile';
