// What other modules may use of feed besides its module, services, entities and types: the observers
// that run inside the transaction of each activity or comment the feed writes (the SLA's clocks).
export { FeedWriteObservers, type FeedWriteObserver, type WrittenActivity, type WrittenComment } from './write-observers';
