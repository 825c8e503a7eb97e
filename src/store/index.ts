/** The app's stores. The data store starts on the built-in dataset. */
import { createDataStore } from './dataStore.ts';
import { loadBuiltin } from '../data/builtin.ts';

export const useDataStore = createDataStore(loadBuiltin());
export const useDataset = () => useDataStore((s) => s.current.dataset);
export { useViewStore, currentUrlState, startUrlSync, useReadOnly } from './viewStore.ts';
export type { UrlState, ViewId, Lang } from './url.ts';
