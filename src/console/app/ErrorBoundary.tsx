import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../i18n/strings';
import { clearWorkAndAside, safeLocalStorage, storedWorkText } from '../state/draft-storage';
import { browserDownload } from './download';

/**
 * The last line of defence: a part of the console that throws shows a plain message and a way
 * back, instead of a blank page. The work is already in the browser's storage (saved as it is
 * typed), so reloading loses nothing; the stored work is checked against the schema on load.
 * Should the stored work itself be what breaks the page, reloading would fail again: so the
 * officer can also download the work as a file and start again from the published policy,
 * and nothing they did is lost on the way.
 */
export interface ErrorBoundaryProps {
  t: Strings;
  children: ReactNode;
  /** Where the work is kept (the page's localStorage unless a test passes its own). */
  storage?: Storage;
  download?: (fileName: string, text: string) => void;
  reload?: () => void;
}

/** The name the work is downloaded under: a policy file the Publish tab imports. */
export const WORK_FILE_NAME = 'policy-unpublished-work.json';

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean; nothingStored: boolean }> {
  override state = { failed: false, nothingStored: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept on this computer: the console's own developer tools are the only place it goes.
    console.error('Protocol Guard console:', error, info.componentStack);
  }

  private storage() {
    return this.props.storage ?? safeLocalStorage();
  }

  /** Downloads the stored work; false when there was none to download. */
  private downloadWork(): boolean {
    const text = storedWorkText(this.storage());
    if (text === undefined) {
      this.setState({ nothingStored: true });
      return false;
    }
    (this.props.download ?? browserDownload)(WORK_FILE_NAME, text);
    return true;
  }

  private reload() {
    (this.props.reload ?? (() => location.reload()))();
  }

  override render() {
    const { t } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <main style={{ maxWidth: '44rem', margin: '2rem auto', padding: '0 1rem' }}>
        <h1>{t.appTitle}</h1>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.crash.title}</MessageBarTitle>
            {t.crash.body}
          </MessageBarBody>
        </MessageBar>
        <p>
          <Button appearance="primary" onClick={() => this.reload()}>
            {t.crash.reload}
          </Button>
        </p>
        <p>{t.crash.again}</p>
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
          <Button onClick={() => this.downloadWork()}>{t.crash.download}</Button>
          <Button
            onClick={() => {
              // The work goes to a file first; only then is it cleared from this browser.
              this.downloadWork();
              clearWorkAndAside(this.storage());
              this.reload();
            }}
          >
            {t.crash.startAgain}
          </Button>
        </p>
        {this.state.nothingStored && <p role="status">{t.crash.nothingStored}</p>}
      </main>
    );
  }
}
