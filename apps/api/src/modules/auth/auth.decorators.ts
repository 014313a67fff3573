// Moved to common/request-identity.ts (every module reads who is calling, so it belongs to none).
// This re-export keeps code written against the old path compiling; `npm run lint` asks to move on.
export * from '../../common/request-identity';
