import { useTranslation } from 'react-i18next';

export default function ComingSoon() {
  const { t } = useTranslation();
  return <p className="coming-soon">{t('comingSoon')}</p>;
}
