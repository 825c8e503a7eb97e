/**
 * Test hook for end-to-end tests, registered only when the map view's module loads:
 * `window.__povertyTest.applyDataset({ units, observations, targets?, root, title? })` takes tidy
 * CSV texts (the formats of src/ingest/tidy.ts), builds a Dataset and applies it through the data
 * store exactly as an import would (it can be undone). Harmless: it only does what a user import
 * does, with no access beyond the page.
 */
import { useDataStore } from '../../store/index.ts';
import { readTidyObservations, readTidyTargets, readTidyUnits } from '../../ingest/tidy.ts';
import { UnitRegistry } from '../../domain/units.ts';
import { deriveRates } from '../../domain/derive.ts';
import { VN_STANDARDS } from '../../domain/standards.ts';
import type { Dataset } from '../../domain/dataset.ts';

export interface TestDatasetInput { units: string; observations: string; targets?: string; root: string; title?: string }

export function datasetFromTidy(input: TestDatasetInput): Dataset {
  const { table } = deriveRates(readTidyObservations(input.observations, 'test.csv'));
  const title = input.title ?? 'Test data';
  return {
    id: `test-${Date.now()}`,
    title: { vi: title, en: title },
    rootUnit: input.root,
    units: new UnitRegistry(readTidyUnits(input.units)),
    table,
    targets: input.targets ? readTidyTargets(input.targets, 'targets.csv') : [],
    standards: VN_STANDARDS,
    status: 'imported',
    sources: [{ label: title }],
  };
}

type Hook = Record<string, unknown>;

export function registerMapTestHook(): void {
  if (typeof window === 'undefined') return;
  const w = window as unknown as { __povertyTest?: Hook };
  w.__povertyTest = {
    ...(w.__povertyTest ?? {}),
    applyDataset: (input: TestDatasetInput) => {
      const ds = datasetFromTidy(input);
      useDataStore.getState().apply(ds, ds.title.en);
      return { units: ds.units.size, observations: ds.table.size };
    },
  };
}
