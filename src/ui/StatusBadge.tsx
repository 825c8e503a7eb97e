import { useTranslation } from 'react-i18next';

export type StatusId = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'no-target';

const ICON: Record<StatusId, string> = { achieved: '✓', 'on-track': '↘', 'at-risk': '!', 'off-track': '✕', 'no-data': '–', 'no-target': '–' };

/** A status judged on an expected figure is a forecast of the status, and its word says so. */
function judgedOnExpected(status: StatusId, kind: string | undefined): boolean {
  return kind === 'expected' && status !== 'no-data' && status !== 'no-target';
}

/** The status word for text (tables, slides, exports): "Expected to be met" on an expected figure. */
export function statusWord(status: StatusId, kind: string | undefined, t: (key: string) => string): string {
  return judgedOnExpected(status, kind) ? t(`common:statusExpected.${status}`) : t(`common:status.${status}`);
}

/**
 * Status word with an icon, so colour is never the only cue. `kind` is the provenance kind of the
 * value judged: on an expected figure the badge reads "Expected to be met" and has a dashed outline.
 */
export function StatusBadge({ status, kind, title }: { status: StatusId; kind?: string | undefined; title?: string }) {
  const { t } = useTranslation();
  const expected = judgedOnExpected(status, kind);
  const hint = expected ? t('common:truth.onKind.expected') : undefined;
  const full = [title, hint].filter(Boolean).join(' — ') || undefined;
  return (
    <span className={`badge badge-${status}${expected ? ' badge-expected' : ''}`} title={full}>
      <span aria-hidden="true">{ICON[status]} </span>
      {statusWord(status, kind, t)}
    </span>
  );
}
