import { useTranslation } from 'react-i18next';

export type StatusId = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'no-target';

const ICON: Record<StatusId, string> = { achieved: '✓', 'on-track': '↘', 'at-risk': '!', 'off-track': '✕', 'no-data': '–', 'no-target': '–' };

/** Status word with an icon, so colour is never the only cue. */
export function StatusBadge({ status, title }: { status: StatusId; title?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`} title={title}>
      <span aria-hidden="true">{ICON[status]} </span>
      {t(`status.${status}`)}
    </span>
  );
}
