/** Catches an error in one part of the page; the rest stays usable. The message can be copied. */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props { children: ReactNode; resetKey?: string }
interface State { error: Error | null }

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (this.state.error) return <ErrorPanel error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = `${error.name}: ${error.message}\n${error.stack ?? ''}`.trim();
  return (
    <div role="alert" className="error-panel">
      <h2>{t('error.title')}</h2>
      <textarea readOnly value={text} rows={4} aria-label={t('error.title')} />
      <div className="row">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>{t('error.copy')}</button>
        <button type="button" onClick={onRetry}>{t('error.retry')}</button>
      </div>
    </div>
  );
}
