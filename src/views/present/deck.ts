/** The deck model lives in src/store/deck.ts (the header's share menu uses it too); kept here for the presenter's imports. */
export * from '../../store/deck.ts';
