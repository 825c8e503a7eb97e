/**
 * A box that scrolls sideways (wide tables): it takes keyboard focus so arrow keys can scroll it
 * (2.1.1), and is a named region so the Tab stop says what it is. The name says "table" so it
 * never repeats the name of the section around it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ScrollRegion({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`table-scroll ${className}`} role="region" tabIndex={0} aria-label={t('a11y.scrollTable', { name: label })}>
      {children}
    </div>
  );
}
