import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../i18n/strings';

/**
 * The last line of defence: a part of the console that throws shows a plain message and a way
 * back, instead of a blank page. The work is already in the browser's storage (saved as it is
 * typed), so reloading loses nothing; the stored work is checked against the schema on load.
 */
export interface ErrorBoundaryProps {
  t: Strings;
  children: ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept on this computer: the console's own developer tools are the only place it goes.
    console.error('Protocol Guard console:', error, info.componentStack);
  }

  override render() {
    const { t } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <main style={{ maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
        <h1>{t.appTitle}</h1>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.crash.title}</MessageBarTitle>
            {t.crash.body}
          </MessageBarBody>
        </MessageBar>
        <p>
          <Button appearance="primary" onClick={() => location.reload()}>
            {t.crash.reload}
          </Button>
        </p>
      </main>
    );
  }
}
